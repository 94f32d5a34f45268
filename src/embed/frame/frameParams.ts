// Whether, and how, the page runs as an embedded frame. Pure.
//
//   ?embed=1              the documented bare-iframe URL: frame mode, height in every CMS dialect
//   ?embed=1&bridge=1     embed.js made this iframe: frame mode, our own messages only
//   ?childId=…            pym.js made this iframe (it adds childId, parentUrl, initialWidth)
//
// Frame mode needs a parent: the same URL opened on its own is the ordinary page. An iframe without
// these parameters is treated as a fixed-size window that scrolls itself, which works as it is.

export interface FrameParams {
  /** Our loader is on the host and speaks the bridge protocol (src/embed/protocol.ts). */
  readonly bridge: boolean;
  /** pym.js's id for this child, when pym made the frame. */
  readonly childId: string | null;
  /** The host page's origin, when the browser or the URL tells it. */
  readonly parentOrigin: string | null;
}

const httpOrigin = (url: string | null | undefined): string | null => {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
};

/** Whether this page should run as an embedded frame; main.ts asks this before loading frame code. */
export function wantsFrame(search: string, framed: boolean): boolean {
  const params = new URLSearchParams(search);
  return framed && (params.get("embed") === "1" || params.has("childId"));
}

/**
 * `ancestorOrigins` (Chromium, WebKit) is the browser's word and wins; then pym's parentUrl; then the
 * referrer (by default the host's origin). The origin is both the allowlist for incoming messages
 * and the targetOrigin of outgoing ones.
 */
export function frameParams(search: string, framed: boolean, ancestorOrigin: string | null, referrer: string): FrameParams | null {
  if (!wantsFrame(search, framed)) return null;
  const params = new URLSearchParams(search);
  const childId = params.get("childId");
  return {
    bridge: params.get("bridge") === "1",
    childId,
    parentOrigin: httpOrigin(ancestorOrigin) ?? httpOrigin(params.get("parentUrl")) ?? httpOrigin(referrer),
  };
}
