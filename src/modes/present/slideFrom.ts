// A slide's content: a copy of the step's heading and card as the page prerendered them, so that the
// slide says exactly what the article says. The copy drops ids (no duplicates) and turns in-page
// links into text: their targets, the source list, are not on screen in present mode.

export function slideFrom(step: HTMLElement): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of step.querySelectorAll<HTMLElement>(":scope > .section-heading, :scope > .step-card")) {
    fragment.append(part.cloneNode(true));
  }
  for (const el of fragment.querySelectorAll("[id]")) el.removeAttribute("id");
  for (const link of fragment.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const text = document.createElement("span");
    text.append(...link.childNodes);
    link.replaceWith(text);
  }
  // What the handout adds to a step (its static image, the speaker notes) is not part of a slide, nor is
  // the share button: the presenter shares from the step list (O).
  for (const el of fragment.querySelectorAll(".print-figure, .print-notes, .step-share, noscript")) el.remove();
  return fragment;
}
