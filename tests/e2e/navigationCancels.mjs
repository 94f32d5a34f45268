// Which failed requests a navigation cancelled: the rule that tests/e2e/page.ts (Chromium) and
// tests/firefox/smoke.mjs (Firefox) share. A reload or navigation cancels what the old document still
// had in flight (the favicon, a late chunk): that abort is the browser's doing, not a failure. A request
// the old document makes while the navigation is on its way (sent, not yet committed) is the old
// document's too. Any other failure, and any abort with no navigation after it, counts.

/**
 * Starts watching `page` (a Playwright Page, Chromium or Firefox). Returns a test for a failed request:
 * true when a later main-frame navigation cancelled it.
 * @param {import("playwright-core").Page} page
 * @returns {(request: import("playwright-core").Request) => boolean}
 */
export function trackNavigationCancels(page) {
  let navigations = 0;
  let pending = false;
  const startedIn = new WeakMap();
  page.on("request", (request) => {
    const navigation = request.isNavigationRequest() && request.frame() === page.mainFrame();
    if (navigation) (navigations += 1), (pending = true);
    startedIn.set(request, pending && !navigation ? navigations - 1 : navigations);
  });
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) pending = false;
  });
  return (request) => /ABORTED/i.test(request.failure()?.errorText ?? "") && (startedIn.get(request) ?? navigations) < navigations;
}
