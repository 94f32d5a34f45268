// A way past the piece for the host's readers (EMBEDDING.md, "A way past the piece"): the first thing
// in the container, a link that is visible only while it has focus (screen readers always have it), and
// that moves focus to a mark after the piece, so the next Tab reaches the host's article again.
import { embedStrings } from "../../ui/strings.ts";

let made = 0; // ids unique on the page, however many snippets

// Inline and !important: the host's stylesheet (e.g. `* { color: red }`) must not show or hide it.
const HIDDEN = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0";
const SHOWN =
  "position:relative;display:inline-block;width:auto;height:auto;margin:0 0 8px;padding:10px 16px;overflow:visible;clip:auto;clip-path:none;white-space:normal;border:0;" +
  "z-index:2147483647;background:#1f1d1a;color:#fff;font:600 16px/1.4 system-ui,sans-serif;text-decoration:underline;outline:3px solid #1a5fb4;outline-offset:2px";

function styled(el: HTMLElement, css: string): void {
  for (const rule of css.split(";")) {
    const at = rule.indexOf(":");
    el.style.setProperty(rule.slice(0, at), rule.slice(at + 1), "important");
  }
}

/** Adds the link at the top of the container and its landing mark at the end; returns their removal. */
export function addSkipLink(container: HTMLElement): () => void {
  const id = `xstory-after-${++made}`;
  const mark = document.createElement("span");
  mark.id = id;
  mark.tabIndex = -1; // focusable by script only: the next Tab goes on from here
  styled(mark, "display:block;height:0;outline:none");
  const link = document.createElement("a");
  link.href = `#${id}`;
  link.className = "xstory-skip";
  link.textContent = embedStrings.skipStory;
  styled(link, HIDDEN);
  link.addEventListener("focus", () => styled(link, SHOWN));
  link.addEventListener("blur", () => styled(link, HIDDEN));
  // Focus the mark rather than follow the fragment: the host's URL is not ours to change.
  link.addEventListener("click", (event) => {
    event.preventDefault();
    mark.focus();
  });
  // In a box of its own, so the container's own link (the fallback, `.xstory > a`) stays the only child link.
  const box = document.createElement("div");
  styled(box, "position:relative;margin:0;padding:0");
  box.append(link);
  container.prepend(box);
  container.append(mark);
  return () => {
    box.remove();
    mark.remove();
  };
}
