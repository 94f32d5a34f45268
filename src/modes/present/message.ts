// The messages between the audience window (present mode) and the presenter console, over
// BroadcastChannel. Pure: the types, and a validator that turns anything received into a Message
// or null. BroadcastChannel is same-origin by design; the shape is still checked, because any
// script of the origin (another version of the page, an extension's content script) can post.
//
//   hello  either side, on load: "I am here". The audience answers a console's hello with its state.
//   state  audience only: the step shown and whether the screen is black. Sent on every change and
//          once a second as a heartbeat, so a console that loads or reloads is in sync within a second.
//   cmd    console only: what a key or button in the console asks the audience to do, addressed (to)
//          to the one audience window the console lets lead: a second audience window (a tab
//          opened by accident) hears the command and ignores it.
//   bye    either side, when its page goes away.
//
// Every message carries v (protocol version), sid (the sender's id, new on every page load: a side
// ignores its own), ts (the sender's clock, strictly increasing per sender: newest wins).

export const PROTOCOL = 1;

export type Role = "audience" | "console";

export const COMMANDS = ["next", "prev", "first", "last", "goto", "blackout"] as const;
export type Command = (typeof COMMANDS)[number];

interface Envelope {
  readonly v: typeof PROTOCOL;
  readonly sid: string;
  readonly ts: number;
  readonly role: Role;
}

export type Body =
  | { readonly type: "hello" }
  | { readonly type: "bye" }
  | { readonly type: "state"; readonly stepId: string; readonly blackout: boolean }
  | { readonly type: "cmd"; readonly to: string; readonly action: Command; readonly stepId?: string; readonly blackout?: boolean };

export type Message = Envelope & Body;

const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SID = /^[A-Za-z0-9-]{8,64}$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStepId = (v: unknown): v is string => typeof v === "string" && v.length <= 80 && STEP_ID.test(v);

/** A received message, checked field by field; null for anything that is not exactly a Message. */
export function parseMessage(data: unknown): Message | null {
  if (!isRecord(data)) return null;
  const { v, sid, ts, role, type } = data;
  if (v !== PROTOCOL) return null;
  if (typeof sid !== "string" || !SID.test(sid)) return null;
  if (typeof ts !== "number" || !Number.isFinite(ts) || ts <= 0) return null;
  if (role !== "audience" && role !== "console") return null;
  const envelope = { v: PROTOCOL, sid, ts, role } as const;
  switch (type) {
    case "hello":
    case "bye":
      return { ...envelope, type };
    case "state": {
      if (role !== "audience") return null; // the audience is the authority: only it says where we are
      if (!isStepId(data.stepId) || typeof data.blackout !== "boolean") return null;
      return { ...envelope, type, stepId: data.stepId, blackout: data.blackout };
    }
    case "cmd": {
      if (role !== "console") return null;
      const { action, to } = data;
      if (typeof to !== "string" || !SID.test(to)) return null;
      if (typeof action !== "string" || !(COMMANDS as readonly string[]).includes(action)) return null;
      if (action === "goto") {
        if (!isStepId(data.stepId)) return null;
        return { ...envelope, type, to, action, stepId: data.stepId };
      }
      if (action === "blackout") {
        if (typeof data.blackout !== "boolean") return null;
        return { ...envelope, type, to, action, blackout: data.blackout };
      }
      return { ...envelope, type, to, action: action as Command };
    }
    default:
      return null;
  }
}
