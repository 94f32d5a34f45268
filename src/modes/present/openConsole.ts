// S: the presenter console in its own window. A named window, so that pressing S again brings the
// open console forward instead of opening another or reloading it. Returns false when the browser
// blocked the window: the caller then offers a plain link (a click on a link is never blocked).

export const CONSOLE_WINDOW = "maghreb-story-console";

export function openConsole(url: string): boolean {
  const win = window.open("", CONSOLE_WINDOW);
  if (!win) return false;
  let blank = true;
  try {
    blank = win.location.href === "about:blank";
  } catch {
    blank = true; // not readable: not ours, load the console into it
  }
  if (blank) win.location.replace(url);
  win.focus();
  return true;
}
