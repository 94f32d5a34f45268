// The BroadcastChannel between the audience window and the presenter console: stamps what is sent
// (protocol version, this page's sid, an increasing ts) and checks what is received (shape, not our
// own sid, newer than the last message from that sender). See message.ts for the protocol.
import { PROTOCOL, parseMessage, type Body, type Message, type Role } from "./message.ts";

export interface Channel {
  readonly sid: string;
  send(body: Body): void;
  close(): void;
}

/** One channel per page and story: two stories on one origin never hear each other. */
export const channelName = (pathname: string) => `maghreb-story:present:v${PROTOCOL}:${pathname}`;

function newSid(): string {
  // crypto.randomUUID needs a secure context; a presenter on a LAN address over http has none.
  try {
    return crypto.randomUUID();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  }
}

/** Null when the browser has no BroadcastChannel. */
export function createChannel(role: Role, onMessage: (message: Message) => void): Channel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  const channel = new BroadcastChannel(channelName(location.pathname));
  const sid = newSid();
  let last = 0;
  const newest = new Map<string, number>();
  channel.addEventListener("message", (event: MessageEvent) => {
    const message = parseMessage(event.data);
    if (!message || message.sid === sid) return;
    if (message.ts <= (newest.get(message.sid) ?? 0)) return; // stale or repeated
    newest.set(message.sid, message.ts);
    onMessage(message);
  });
  return {
    sid,
    send(body) {
      last = Math.max(Date.now(), last + 1);
      channel.postMessage({ v: PROTOCOL, sid, ts: last, role, ...body });
    },
    close: () => channel.close(),
  };
}
