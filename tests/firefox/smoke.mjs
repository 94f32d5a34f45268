// A second browser engine: a smoke suite in Debian's Firefox ESR, driven by puppeteer-core over
// WebDriver BiDi (Playwright cannot drive a stock Firefox). It serves the production build (dist/,
// built first) with `vite preview` on a free port, then checks that the page loads, that scrolling
// through the story makes every step active in turn with its picture, that a #step= link opens the
// right step, that the page runs under its Content-Security-Policy with no violation, and that nothing
// logs an error. Every wait is bounded; the server and the browser are always stopped.
//
//   node tests/firefox/smoke.mjs          (npm run test:firefox)
//   FIREFOX=/path/to/firefox node tests/firefox/smoke.mjs
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { trackNavigationCancels } from "../e2e/navigationCancels.mjs";

const ROOT = join(import.meta.dirname, "../..");
const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const READING_LINE = 0.6; // src/scroll/scroller.ts OFFSET
const STEP_TIMEOUT = 10_000;
const WATCHDOG = 4 * 60_000; // the whole suite, server and browser included

const results = [];
let server = null;
let browser = null;

function log(line) {
  process.stdout.write(`${line}\n`);
}

/** Port 4174 if it is free, else any free port. */
function freePort(preferred = 4174) {
  const tryPort = (port) =>
    new Promise((resolve, reject) => {
      const probe = createServer();
      probe.once("error", reject);
      probe.listen(port, "127.0.0.1", () => {
        const { port: got } = probe.address();
        probe.close(() => resolve(got));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

/** `vite preview` on dist/, resolved once it answers. */
async function startServer(port) {
  const child = spawn(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { child, url };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`);
}

function stopServer() {
  if (server && server.child.exitCode === null) server.child.kill("SIGTERM");
}

/** A new page that records console errors, uncaught errors, failed requests and CSP violations. */
async function watchedPage() {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message ?? e}`));
  const cancelledByNavigation = trackNavigationCancels(page); // the rule of tests/e2e/navigationCancels.mjs
  page.on("requestfailed", (r) => {
    if (!cancelledByNavigation(r)) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? ""})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    window.addEventListener("unhandledrejection", (e) => console.error(`unhandled rejection: ${e.reason}`));
  });
  return { page, problems };
}

/** A watched page at `path` with the map drawn. */
async function openStory(path = "/", viewport = { width: 1280, height: 800 }) {
  const { page, problems } = await watchedPage();
  await page.setViewport(viewport);
  await page.goto(`${server.url}${path}`, { waitUntil: "load", timeout: 30_000 });
  await page.waitForSelector('main#story[data-map="ready"]', { timeout: 20_000 });
  return { page, problems };
}

const activeStep = (page) => page.$eval("main#story", (el) => el.getAttribute("data-step") ?? "");

async function waitForStep(page, id) {
  await page.waitForFunction((id) => document.querySelector("main#story")?.getAttribute("data-step") === id, { timeout: STEP_TIMEOUT }, id);
}

/** The step's picture is up: the stage's active scene host carries the step id and holds its svg. */
async function waitForPicture(page, id) {
  await page.waitForFunction(
    (id) => {
      const scenes = document.querySelector("main#story .scenes");
      const host = scenes && document.querySelector(`.scene-${scenes.dataset.scene}.is-active`);
      return scenes?.dataset.step === id && host?.dataset.step === id && !!host.querySelector("svg");
    },
    { timeout: STEP_TIMEOUT },
    id,
  );
}

function stepUnderReadingLine(page) {
  return page.evaluate((line) => {
    const steps = [...document.querySelectorAll("section.step")];
    let id = steps[0].dataset.stepId;
    for (const step of steps) if (step.getBoundingClientRect().top <= window.innerHeight * line + 1) id = step.dataset.stepId;
    return id;
  }, READING_LINE);
}

async function test(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    log(`  ✘ ${name}\n      ${String(error?.stack ?? error).split("\n").join("\n      ")}`);
  }
}

function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

async function main() {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} not found: apt-get install -y firefox-esr (.ci/run does)`);
  if (!existsSync(join(ROOT, "dist/index.html"))) throw new Error("dist/ is missing: run `vite build` first");
  server = await startServer(await freePort());
  browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true, protocolTimeout: 60_000 });
  log(`firefox smoke: ${await browser.version()} on ${server.url}`);
  let ids = [];

  await test("the page loads, the map draws, and the article is whole", async () => {
    const { page, problems } = await openStory();
    ids = await page.$$eval("section.step", (steps) => steps.map((s) => s.dataset.stepId));
    if (ids.length < 10) throw new Error(`only ${ids.length} steps on the page`);
    const empty = await page.$$eval("section.step .passage", (ps) => ps.filter((p) => !p.textContent.trim()).length);
    expectEqual(empty, 0, "empty passages");
    expectEqual(await activeStep(page), ids[0], "the first step is active on load");
    await waitForPicture(page, ids[0]);
    expectEqual(await page.$$eval("svg.map path[data-id]", (p) => p.length > 10), true, "the map has its countries");
    expectEqual(problems, [], "errors");
    await page.close();
  });

  await test("scrolling through the story makes every step active in turn, with its picture", async () => {
    const { page, problems } = await openStory();
    await page.evaluate(() => {
      const seen = [];
      window.__steps = seen;
      new MutationObserver(() => {
        const id = document.querySelector("main#story").getAttribute("data-step");
        if (seen[seen.length - 1] !== id) seen.push(id);
      }).observe(document.querySelector("main#story"), { attributes: true, attributeFilter: ["data-step"] });
    });
    for (const id of ids) {
      await page.evaluate(
        (id, line) => {
          const step = document.querySelector(`section.step[data-step-id="${id}"]`);
          window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - window.innerHeight * line + 4, behavior: "instant" });
        },
        id,
        READING_LINE,
      );
      await waitForStep(page, id);
      await waitForPicture(page, id);
      expectEqual(await stepUnderReadingLine(page), id, "the step under the reading line");
      const current = await page.$$eval("section.step[aria-current]", (els) => els.map((el) => el.dataset.stepId));
      expectEqual(current, [id], "aria-current");
    }
    expectEqual(await page.evaluate(() => window.__steps), ids.slice(1), "every step, in order, none skipped");
    expectEqual(new URL(page.url()).hash, `#step=${ids[ids.length - 1]}`, "#step= follows the reader");
    expectEqual(problems, [], "errors");
    await page.close();
  });

  await test("a #step= link opens on that step, on a phone and on a desktop, and a reload keeps it", async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const id = ids[Math.floor(ids.length / 2)];
      const { page, problems } = await openStory(`/#step=${id}`, viewport);
      await waitForStep(page, id);
      await waitForPicture(page, id);
      expectEqual(await stepUnderReadingLine(page), id, `the step under the reading line at ${viewport.width}px`);
      await page.reload({ waitUntil: "load", timeout: 30_000 });
      await waitForStep(page, id);
      await waitForPicture(page, id);
      // Then a link changed in place, to the last step.
      const last = ids[ids.length - 1];
      await page.evaluate((id) => (location.hash = `#step=${id}`), last);
      await waitForStep(page, last);
      await waitForPicture(page, last);
      expectEqual(await stepUnderReadingLine(page), last, "the step under the reading line after a hash change");
      expectEqual(problems, [], `errors at ${viewport.width}px`);
      await page.close();
    }
  });

  await test("the Next button moves one step, and the page runs with no CSP violation", async () => {
    const { page, problems } = await openStory();
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute("content"));
    if (!/default-src 'self'/.test(csp ?? "")) throw new Error(`no strict policy on the page: ${csp}`);
    await page.click('.stepper [data-go="next"]');
    await waitForStep(page, ids[1]);
    await waitForPicture(page, ids[1]);
    expectEqual(problems, [], "errors and CSP violations");
    await page.close();
  });
}

const watchdog = setTimeout(() => {
  log(`firefox smoke: gave up after ${WATCHDOG / 1000} s`);
  stopServer();
  browser?.process()?.kill("SIGKILL");
  process.exit(1);
}, WATCHDOG);

let fatal = null;
try {
  await main();
} catch (error) {
  fatal = error;
  log(`firefox smoke: ${error?.stack ?? error}`);
} finally {
  await browser?.close().catch(() => browser?.process()?.kill("SIGKILL"));
  stopServer();
  clearTimeout(watchdog);
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed + (fatal ? 1 : 0);
log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
