// Whether the audience screen is black, kept in sessionStorage so that it survives a reload of the
// audience window (a reload must not show the projector the slide again). Per tab: a new audience
// window starts shown. Storage can be blocked: the state then lives in the page only.
const key = () => `maghreb-story:present:blackout:${location.pathname}`;

export function loadBlackout(): boolean {
  try {
    return sessionStorage.getItem(key()) === "1";
  } catch {
    return false;
  }
}

export function saveBlackout(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(key(), "1");
    else sessionStorage.removeItem(key());
  } catch {
    /* the state still holds for this page */
  }
}
