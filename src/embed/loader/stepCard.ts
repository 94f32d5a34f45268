// A single step as a small static card (data-step on the snippet; EMBEDDING.md, "A single step"): an
// iframe of the step's embed.html, as tall as the card says it is (our height message, with the same
// checks as the bridge: only that frame's window, only an allowed origin).
import { parseHeightMessage } from "../protocol.ts";

export interface StepCardOptions {
  readonly src: URL;
  readonly title: string;
  readonly allow: readonly string[];
}

export function mountStepCard(container: HTMLElement, { src, title, allow }: StepCardOptions): HTMLIFrameElement {
  const iframe = document.createElement("iframe");
  iframe.src = src.href;
  iframe.title = title;
  iframe.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
  iframe.style.cssText = "display:block;width:100%;max-width:40rem;height:40rem;border:0;margin:0;padding:0";
  container.append(iframe);
  window.addEventListener("message", (event) => {
    if (event.source !== iframe.contentWindow || !allow.includes(event.origin)) return;
    const height = parseHeightMessage(event.data);
    if (!height) return;
    iframe.style.height = `${height.height}px`;
    container.dataset.xstoryHeight = String(height.height);
  });
  return iframe;
}
