/**
 * Resolves in a new task: what follows runs apart from the work before it. A message, not a timer: it is
 * not clamped, and a paused clock (a test's fake timers) does not hold the piece back.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (channel.port1.close(), resolve());
    channel.port2.postMessage(null);
  });
}
