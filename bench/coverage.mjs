// How much of each step's picture other elements cover while its passage is read (issue 20): the share
// of points, on a grid in the box of each visible label and mark of the active scene and of the
// graphic's title and source line, where the topmost element is not the graphic's own. Shared by the
// layout tests (tests/e2e/layoutProbe.ts) and the bench, which prints it per step.

/**
 * Runs in the page. `shadow`: the piece is in <xstory-embed>'s shadow root, not the document.
 * Returns { points, covered, coverers } (coverers: tag.class of what was on top).
 */
export function coverageInPage(shadow) {
  const scope = shadow ? document.querySelector("xstory-embed").shadowRoot : document;
  const root = scope.getElementById("story");
  const stage = root.querySelector(".stage");
  const scenes = root.querySelector(".scenes").getBoundingClientRect();
  const active = root.querySelector(".scene.is-active");
  const shown = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const marks = active ? [...active.querySelectorAll("text, circle")].filter(shown) : [];
  const words = [...root.querySelectorAll(".graphic-title .caption-line, .graphic-source .caption-line")];
  let points = 0;
  let covered = 0;
  const coverers = new Set();
  for (const el of [...marks, ...words]) {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const inScene = marks.includes(el);
    // At least 3x3 points, and no more than 10 px apart across and 8 px down: a long source line is
    // sampled along its length, so a button over one end of it is found.
    const cols = Math.min(60, Math.max(3, Math.ceil(r.width / 10)));
    const rows = Math.min(12, Math.max(3, Math.ceil(r.height / 8)));
    for (let i = 0; i < cols; i++) {
      for (let j = 0; j < rows; j++) {
        const x = r.left + (r.width * (i + 0.5)) / cols;
        const y = r.top + (r.height * (j + 0.5)) / rows;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue; // off screen: not seen at all
        if (inScene && (x < scenes.left || x > scenes.right || y < scenes.top || y > scenes.bottom)) continue; // clipped
        points++;
        const hit = scope.elementFromPoint(x, y);
        if (hit && stage.contains(hit)) continue;
        covered++;
        coverers.add(hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join(".")}` : "nothing");
      }
    }
  }
  return { points, covered, coverers: [...coverers] };
}

/**
 * Runs in the page: `count` scroll positions (scrollY) across the range where step `index` is active,
 * from its top crossing the reading line (`line`, a fraction of the viewport) to the next step's.
 */
export function activeRangeInPage([shadow, index, count, line]) {
  const scope = shadow ? document.querySelector("xstory-embed").shadowRoot : document;
  const steps = [...scope.querySelectorAll(".step")];
  const at = (el) => el.getBoundingClientRect().top + scrollY - innerHeight * line;
  const from = at(steps[index]) + 4;
  const max = document.documentElement.scrollHeight - innerHeight;
  const to = Math.min(index + 1 < steps.length ? at(steps[index + 1]) - 4 : from + steps[index].offsetHeight, max);
  return Array.from({ length: count }, (_, k) => Math.round(from + ((to - from) * (k + 0.5)) / count));
}

/** Runs in the page: whether step `id` is active and drawn (map loaded, its scene has content). */
export function settledInPage([shadow, id]) {
  const scope = shadow ? document.querySelector("xstory-embed").shadowRoot : document;
  const root = scope.getElementById("story");
  const scenes = root?.querySelector(".scenes");
  const drawn = (root?.querySelector(".scene.is-active")?.childElementCount ?? 0) > 0;
  return root?.dataset.step === id && scenes?.dataset.step === id && root?.dataset.map === "ready" && drawn;
}

/**
 * For the bench: each step's coverage at the middle of its active range, on our page at `viewport`.
 * Returns [{ id, share }] (share: 0 to 1), reduced motion so the end state is measured.
 */
export async function coverageRun(browser, url, viewport, line) {
  const context = await browser.newContext({ viewport, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main#story[data-map="ready"]');
  const count = await page.evaluate(() => document.querySelectorAll(".step").length);
  const rows = [];
  for (let i = 0; i < count; i++) {
    const [y] = await page.evaluate(activeRangeInPage, [false, i, 1, line]);
    await page.evaluate((y) => window.scrollTo({ top: y, behavior: "instant" }), y);
    const id = await page.evaluate((i) => document.querySelectorAll(".step")[i].dataset.stepId, i);
    await page.waitForFunction(settledInPage, [false, id], { timeout: 10_000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const c = await page.evaluate(coverageInPage, false);
    rows.push({ id, share: c.points ? c.covered / c.points : 0 });
  }
  await context.close();
  return rows;
}
