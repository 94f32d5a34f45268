#!/usr/bin/env node
// npm run bench: builds the piece, serves dist/ on localhost and measures it, then prints a table,
// writes bench/results.json and lists the figures over bench/budget.json. A benchmark, not a test:
// it always exits 0 unless it could not measure. Needs Debian's Chromium (CHROME_PATH or /usr/bin/chromium).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { measureBytes, sharePagesLine } from "./bytes.mjs";
import { COMPOSITOR_FRAME_CATEGORIES, compositorFrames } from "./compositorFrames.mjs";
import { coverageRun } from "./coverage.mjs";

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const PORT = 4175;
const URL_ = `http://127.0.0.1:${PORT}/`;
const HOST_PORT = 4185; // and 4186 for the host pages' third origin
const HOST_URL = `http://127.0.0.1:${HOST_PORT}/`;
const READING_LINE = 0.6; // src/scroll/scroller.ts OFFSET
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3); // BENCH_ONLY=bytes: sizes alone (main())
const budget = JSON.parse(readFileSync(new URL("./budget.json", import.meta.url), "utf8"));
const kib = (n) => Math.round((n / 1024) * 10) / 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

/** The host pages of the embed tests (tests/embed/serve.mjs), with the story at PORT. */
async function serveHostPages() {
  const server = spawn(process.execPath, ["tests/embed/serve.mjs", String(HOST_PORT), String(HOST_PORT + 1), String(PORT)], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${HOST_URL}health`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`tests/embed/serve.mjs did not answer on ${HOST_URL}`);
}

/**
 * The host's own Lighthouse figures with the snippet ten screens down its article, and for the same page
 * without the snippet: embed.js is lazy, so they should be within noise of each other (not a budget).
 */
function hostPageRuns() {
  const pages = { with: "below-fold.html", without: "below-fold-none.html" };
  const out = {};
  for (const [key, page] of Object.entries(pages)) {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      log(`lighthouse, host page ${key} the snippet, run ${i + 1} of ${LIGHTHOUSE_RUNS}`);
      runs.push(lighthouseOnce(`${HOST_URL}${page}`));
    }
    out[key] = { page, runs, median: [...runs].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs)[Math.floor(runs.length / 2)] };
  }
  return out;
}

async function serve() {
  const server = spawn(process.execPath, ["node_modules/vite/bin/vite.js", "preview", "--port", String(PORT), "--strictPort"], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(URL_)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${URL_}`);
}

function lighthouseOnce(url = URL_) {
  const dir = mkdtempSync(join(tmpdir(), "lh-"));
  const out = join(dir, "report.json");
  execFileSync(process.execPath, ["node_modules/lighthouse/cli/index.js", url, "--quiet", "--output=json", `--output-path=${out}`,
    "--only-categories=performance,accessibility,best-practices,seo", `--chrome-flags=--headless ${FLAGS.join(" ")}`], { env: { ...process.env, CHROME_PATH: CHROME }, stdio: "ignore", timeout: 120_000 });
  const report = JSON.parse(readFileSync(out, "utf8"));
  rmSync(dir, { recursive: true, force: true });
  const score = (c) => report.categories[c]?.score ?? null;
  const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id);
  return {
    performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo"),
    lcpMs: Math.round(report.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(report.audits["total-blocking-time"].numericValue),
    cls: Number(report.audits["cumulative-layout-shift"].numericValue.toFixed(4)),
    byteWeightKiB: kib(report.audits["total-byte-weight"].numericValue),
    failingAudits: failing,
  };
}

/**
 * The bench's scroll on a loaded page, under 4x CPU throttling: a wheel notch of 120 px every 40 ms to the
 * bottom. Returns every animation frame's timestamp and callback time, the long animation frames and the step marks.
 */
async function recordScroll(page, cdp, viewport, rate = 4) {
  await page.waitForTimeout(500);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.evaluate(() => {
    const w = window;
    w.__stamps = [];
    w.__frames = [];
    w.__frameEnds = [];
    w.__loaf = [];
    // Two clocks per frame. The frame's timestamp (the vsync it was begun for) gives the frame
    // intervals: a frame that misses a vsync shows as 33 ms, one held up by 60 ms of work as 67 ms.
    // The callback's own clock (performance.now()) places a step change against its frame: a late
    // frame's timestamp lies in the past, and the change would seem drawn before it happened. That
    // clock also counts the frame's input, scroll events and earlier callbacks, so it jitters by
    // several ms in frames that were on time. A message posted from the callback runs once the
    // frame's main-thread work (restyle, layout, paint) is done.
    const ends = new MessageChannel();
    ends.port1.onmessage = () => w.__frameEnds.push(performance.now());
    const loop = (stamp) => {
      w.__stamps.push(stamp);
      w.__frames.push(performance.now());
      ends.port2.postMessage(null);
      w.__raf = requestAnimationFrame(loop);
    };
    w.__raf = requestAnimationFrame(loop);
    try {
      // Each long animation frame with the scripts that took longest in it, to say what it was.
      const named = (s) => `${s.invoker || s.invokerType} (${s.sourceFunctionName || "anonymous"} in ${(s.sourceURL || "?").split("/").pop()}) ${Math.round(s.duration)} ms`;
      new PerformanceObserver((list) =>
        w.__loaf.push(...list.getEntries().map((e) => ({ ms: e.duration, at: e.startTime, scripts: [...e.scripts].sort((a, b) => b.duration - a.duration).slice(0, 2).map(named) }))),
      ).observe({ type: "long-animation-frame" });
    } catch {}
    performance.clearMarks("story:step");
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  const browser = page.context().browser();
  await browser.startTracing(page, { categories: COMPOSITOR_FRAME_CATEGORIES });
  for (let y = 0; y < height; y += 120) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(1500);
  const figures = await page.evaluate(() => {
    cancelAnimationFrame(window.__raf);
    // The controller marks "story:step" as a step change begins, before the scene's work (src/controller.ts).
    const marks = performance.getEntriesByName("story:step");
    return { stamps: window.__stamps, frames: window.__frames, frameEnds: window.__frameEnds, loaf: window.__loaf, steps: marks.map((m) => m.startTime), stepIndexes: marks.map((m) => m.detail) };
  });
  const compositor = compositorFrames(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
  return { ...figures, compositor };
}

const intervalsOf = (frames) => frames.slice(1).map((t, i) => t - frames[i]);
const intervalStats = (intervals) => ({
  medianFrameMs: Number(median(intervals).toFixed(1)),
  p95FrameMs: Number(pct(intervals, 95).toFixed(1)),
  p99FrameMs: Number(pct(intervals, 99).toFixed(1)),
  framesOver50ms: intervals.filter((d) => d > 50).length,
  longestFrameMs: Number(Math.max(...intervals).toFixed(1)),
});
// The budgeted figures come from the frames' timestamps; the callback clock's are kept for the record
// (and for comparison with benches before 2026-11-27's session 10, which reported only that clock).
const frameFigures = (raw) => ({
  frames: raw.stamps.length - 1,
  ...intervalStats(intervalsOf(raw.stamps)),
  callbackClock: intervalStats(intervalsOf(raw.frames)),
  compositor: raw.compositor,
});

/** The step change before time t, by id, and how long before t. */
function stepBefore(raw, stepIds, t) {
  const i = raw.steps.findLastIndex((at) => at <= t);
  if (i < 0) return null;
  return { step: stepIds[raw.stepIndexes[i]] ?? `step ${raw.stepIndexes[i]}`, msBefore: Math.round(t - raw.steps[i]) };
}

/** Where the longest frame (frame timestamps) fell: the step change before its end. */
function longestFrameAfter(raw, stepIds) {
  const intervals = intervalsOf(raw.stamps);
  return stepBefore(raw, stepIds, raw.stamps[intervals.indexOf(Math.max(...intervals)) + 1]);
}

/** The longest long animation frame: its length, the step change before it, and its longest scripts. */
function longestAnimationFrame(raw, stepIds) {
  const longest = raw.loaf.reduce((a, b) => (b.ms > (a?.ms ?? 0) ? b : a), null);
  return longest && { ms: Math.round(longest.ms), after: stepBefore(raw, stepIds, longest.at), scripts: longest.scripts };
}

/** The built page's step ids, by index (the controller's marks carry the index). */
const stepIdsOf = (html) => [...html.matchAll(/data-step-id="([^"]+)"[^>]*data-index="(\d+)"/g)].reduce((ids, m) => ((ids[Number(m[2])] = m[1]), ids), []);

/** A scripted scroll through the whole story under CPU throttling (4x unless `rate`): frames, long frames, step-to-frame delay. */
async function scrollRun(browser, viewport, rate = 4) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(URL_);
  await page.waitForSelector('main#story[data-map="ready"]');
  const raw = await recordScroll(page, cdp, viewport, rate);
  await context.close();
  const stepIds = stepIdsOf(readFileSync("dist/index.html", "utf8"));
  // From the start of a step change to the next animation frame, which draws the new target; in frames
  // of 16.7 ms, so a change whose work holds the main thread for two frames counts as 2.
  // Also to the end of that frame's main-thread work, for the record: it counts the restyle, layout and
  // paint of the change, whether its script ran in a task before the frame or in the frame itself.
  const activations = raw.steps.flatMap((at) => {
    const next = raw.frames.find((t) => t > at);
    const end = raw.frameEnds.find((t) => t > next);
    return next === undefined || end === undefined ? [] : [{ at, frame: next, end, frames: Math.max(1, Math.ceil((next - at) / (1000 / 60))) }];
  });
  const delays = activations.map((a) => a.frame - a.at);
  const toEnds = activations.map((a) => a.end - a.at);
  return {
    viewport: `${viewport.width}x${viewport.height}${rate === 4 ? "" : ` at ${rate}x CPU`}`,
    rate,
    ...frameFigures(raw),
    longestFrameAfter: longestFrameAfter(raw, stepIds),
    longAnimationFrames: raw.loaf.length,
    longAnimationFramesMs: Math.round(raw.loaf.reduce((a, b) => a + b.ms, 0)),
    longestAnimationFrame: longestAnimationFrame(raw, stepIds),
    stepActivations: activations.length,
    stepToFrameMsMedian: Number(median(delays).toFixed(1)),
    stepToFrameMsMax: Number(Math.max(...delays).toFixed(1)),
    stepToFrameFramesMax: Math.max(...activations.map((a) => a.frames)),
    stepToFrameEndMsMedian: Number(median(toEnds).toFixed(1)),
    stepToFrameEndMsMax: Number(Math.max(...toEnds).toFixed(1)),
  };
}

/**
 * The same scroll over the same page with its scripts taken out (the article as a reader without
 * JavaScript gets it): what this machine and this harness cost before the piece does anything. A
 * reference for the scroll figures, not a budget.
 */
async function floorRun(browser, viewport) {
  const html = readFileSync("dist/index.html", "utf8").replace(/<script\b[\s\S]*?<\/script>/g, "").replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, "");
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.route(`${URL_}bench-floor`, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto(`${URL_}bench-floor`);
  const raw = await recordScroll(page, cdp, viewport);
  await context.close();
  return { viewport: `${viewport.width}x${viewport.height}`, ...frameFigures(raw) };
}

/** JS heap after one pass down the story and after five passes down and up (garbage collected first). */
async function heapRun(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(URL_);
  await page.waitForSelector('main#story[data-map="ready"]');
  const pass = async (down) => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    for (let i = 1; i <= 40; i++) {
      await page.evaluate((y) => window.scrollTo(0, y), down ? (height * i) / 40 : height - (height * i) / 40);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(1300);
  };
  const used = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    return (await cdp.send("Runtime.getHeapUsage")).usedSize;
  };
  await pass(true);
  await pass(false);
  const afterOne = await used();
  for (let i = 0; i < 5; i++) {
    await pass(true);
    await pass(false);
  }
  const afterFive = await used();
  await context.close();
  return { afterOnePassKiB: kib(afterOne), afterFivePassesKiB: kib(afterFive), growthPct: Number((((afterFive - afterOne) / afterOne) * 100).toFixed(1)) };
}

function compare(results) {
  const over = [];
  const check = (name, value, limit, higherIsBetter = false) => {
    if (value === null || value === undefined) return over.push(`${name}: not measured`);
    if (higherIsBetter ? value < limit : value > limit) over.push(`${name}: ${value} (budget ${higherIsBetter ? "≥" : "≤"} ${limit})`);
  };
  const b = budget.bytes, r = results.bytes;
  check("JS, whole story (KiB gz)", kib(r.wholeStory.byType.js?.gzip ?? 0), b.jsWholeStoryGzipKiB);
  check("JS, first view (KiB gz)", kib(r.firstView.byType.js?.gzip ?? 0), b.jsFirstViewGzipKiB);
  check("geometry and data (KiB gz)", kib(r.wholeStory.byType["geometry/data"]?.gzip ?? 0), b.geometryAndDataGzipKiB);
  check("first view in total (KiB gz)", kib(r.firstView.total.gzip), b.firstViewTotalGzipKiB);
  if (results.lighthouse) {
    for (const c of ["performance", "accessibility", "best-practices", "seo"]) check(`Lighthouse ${c}`, results.lighthouse.median[c], budget.lighthouse[c], true);
    check("Lighthouse LCP (ms)", results.lighthouse.median.lcpMs, budget.lighthouse.lcpMs);
    check("Lighthouse TBT (ms)", results.lighthouse.median.tbtMs, budget.lighthouse.tbtMs);
    check("Lighthouse CLS", results.lighthouse.median.cls, budget.lighthouse.cls);
  }
  for (const s of results.scroll) {
    check(`scroll ${s.viewport}: frames over 50 ms`, s.framesOver50ms, budget.scroll.framesOver50msAfterLoad);
    if (s.rate !== 4) continue; // the slow phone's budget is frames over 50 ms alone
    check(`scroll ${s.viewport}: p95 frame (ms)`, s.p95FrameMs, budget.scroll.p95FrameMs);
    check(`scroll ${s.viewport}: step-to-frame (frames)`, s.stepToFrameFramesMax, budget.scroll.stepToFrameFrames);
  }
  for (const c of results.coverage) check(`coverage ${c.viewport}: the most covered step (%)`, c.worstPct, budget.coverage.maxCoveredPct);
  check("heap growth over five passes (%)", results.heap.growthPct, budget.heap.growthPctOverFivePasses);
  return over;
}

const compositorRow = (c) => `${c.dropped} of ${c.due} (${c.droppedPct}%); ${c.partial} presented without the main thread's update (not a budget)`;

/** The bytes part of the table: by type, first view and whole story; then the share pages. */
function bytesRows({ firstView, wholeStory, sharePages }) {
  const rows = [];
  const row = (k, v) => rows.push(`  ${k.padEnd(46)} ${v}`);
  rows.push("Bytes (KiB: raw / gzip)");
  for (const type of Object.keys(wholeStory.byType).sort()) {
    const f = firstView.byType[type], w = wholeStory.byType[type];
    row(type, `first view ${f ? `${kib(f.raw)} / ${kib(f.gzip)}` : "0 / 0"}   whole story ${kib(w.raw)} / ${kib(w.gzip)}`);
  }
  row("total", `first view ${kib(firstView.total.raw)} / ${kib(firstView.total.gzip)}   whole story ${kib(wholeStory.total.raw)} / ${kib(wholeStory.total.gzip)}`);
  row("share pages, per step (not read by readers)", sharePagesLine(sharePages));
  return rows;
}

function table(results) {
  const rows = bytesRows(results.bytes);
  const row = (k, v) => rows.push(`  ${k.padEnd(46)} ${v}`);
  if (results.lighthouse) {
    rows.push(`Lighthouse 12 mobile (median of ${results.lighthouse.runs.length})`);
    const m = results.lighthouse.median;
    row("performance / accessibility / best practices / SEO", `${m.performance} / ${m.accessibility} / ${m["best-practices"]} / ${m.seo}`);
    row("LCP / TBT / CLS", `${m.lcpMs} ms / ${m.tbtMs} ms / ${m.cls}`);
    row("total byte weight", `${m.byteWeightKiB} KiB`);
    // The median row is the run with the median performance score; single runs vary a lot on a shared machine.
    if (results.lighthouse.runs.length > 1) row("every run: LCP / TBT", results.lighthouse.runs.map((r) => `${r.lcpMs} / ${r.tbtMs}`).join(",  "));
    if (m.failingAudits.length) row("failing audits", m.failingAudits.join(", "));
  }
  if (results.hostPage) {
    rows.push(`A host page's own Lighthouse figures, the snippet ten screens down (median of ${results.hostPage.with.runs.length}; not a budget)`);
    for (const key of ["with", "without"]) {
      const { page, median: m, runs } = results.hostPage[key];
      row(`${key} the snippet (${page}): LCP / TBT / CLS`, `${m.lcpMs} ms / ${m.tbtMs} ms / ${m.cls}, ${m.byteWeightKiB} KiB; every run: ${runs.map((r) => `${r.lcpMs} / ${r.tbtMs}`).join(",  ")}`);
    }
  }
  rows.push("Scroll through the story, CPU throttled 4x (unless said)");
  for (const s of results.scroll) {
    row(`${s.viewport} frame interval median / p95 / p99`, `${s.medianFrameMs} / ${s.p95FrameMs} / ${s.p99FrameMs} ms (${s.frames} frames)`);
    const at = s.longestFrameAfter ? `, ending ${s.longestFrameAfter.msBefore} ms after the change to ${s.longestFrameAfter.step}` : "";
    row(`${s.viewport} frames over 50 ms`, `${s.framesOver50ms} (the longest: ${s.longestFrameMs} ms${at})`);
    const c = s.callbackClock;
    row(`${s.viewport} ... on the callbacks' clock`, `${c.medianFrameMs} / ${c.p95FrameMs} / ${c.p99FrameMs} ms, ${c.framesOver50ms} over 50 ms, the longest ${c.longestFrameMs} ms (not a budget)`);
    row(`${s.viewport} compositor frames dropped`, compositorRow(s.compositor));
    row(`${s.viewport} long animation frames`, `${s.longAnimationFrames} (${s.longAnimationFramesMs} ms in all)`);
    const loaf = s.longestAnimationFrame;
    if (loaf) row(`${s.viewport} ... the longest`, `${loaf.ms} ms${loaf.after ? `, ${loaf.after.msBefore} ms after the change to ${loaf.after.step}` : ""}; its longest scripts: ${loaf.scripts.join("; ") || "none"} (not a budget)`);
    row(`${s.viewport} step activation to next frame`, `median ${s.stepToFrameMsMedian} ms, max ${s.stepToFrameMsMax} ms, max ${s.stepToFrameFramesMax} frame(s), ${s.stepActivations} activations`);
    row(`${s.viewport} ... to that frame's work done`, `median ${s.stepToFrameEndMsMedian} ms, max ${s.stepToFrameEndMsMax} ms (not a budget)`);
  }
  rows.push("The same scroll, the page without its scripts (this machine's floor; not a budget)");
  for (const f of results.floor ?? []) {
    row(`${f.viewport} frame interval median / p95 / p99`, `${f.medianFrameMs} / ${f.p95FrameMs} / ${f.p99FrameMs} ms (${f.frames} frames), ${f.framesOver50ms} over 50 ms`);
    const c = f.callbackClock;
    row(`${f.viewport} ... on the callbacks' clock`, `${c.medianFrameMs} / ${c.p95FrameMs} / ${c.p99FrameMs} ms, ${c.framesOver50ms} over 50 ms`);
    row(`${f.viewport} compositor frames dropped`, compositorRow(f.compositor));
  }
  rows.push("Share of each step's picture covered by other elements, mid-way through its passage (reduced motion)");
  row("step", results.coverage.map((c) => c.viewport.padStart(9)).join(" "));
  results.coverage[0]?.steps.forEach((step, i) => row(step.id, results.coverage.map((c) => `${c.steps[i].pct.toFixed(1)}%`.padStart(9)).join(" ")));
  row("the most covered step", results.coverage.map((c) => `${c.worstPct.toFixed(1)}%`.padStart(9)).join(" "));
  rows.push("JS heap (garbage collected)");
  row("after one pass / after five down-and-up passes", `${results.heap.afterOnePassKiB} KiB / ${results.heap.afterFivePassesKiB} KiB (${results.heap.growthPct}%)`);
  return rows.join("\n");
}

async function main() {
  log("building");
  execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], { stdio: "inherit" });
  const results = { machine: `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`, date: new Date().toISOString(), bytes: measureBytes("dist") };
  // BENCH_ONLY=bytes: the build's sizes alone, in seconds (no browser).
  if (process.env.BENCH_ONLY === "bytes") return void console.log(bytesRows(results.bytes).join("\n"));
  const server = await serve();
  try {
    if (LIGHTHOUSE_RUNS > 0) {
      const runs = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        log(`lighthouse run ${i + 1} of ${LIGHTHOUSE_RUNS}`);
        runs.push(lighthouseOnce());
      }
      const byPerf = [...runs].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
      results.lighthouse = { runs, median: byPerf[Math.floor(byPerf.length / 2)] };
    }
    if (LIGHTHOUSE_RUNS > 0) {
      const hosts = await serveHostPages();
      try {
        results.hostPage = hostPageRuns();
      } finally {
        hosts.kill();
      }
    }
    const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
    try {
      results.scroll = [];
      for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
        log(`scroll ${viewport.width}x${viewport.height}`);
        results.scroll.push(await scrollRun(browser, viewport));
      }
      log("scroll 360x640 at 6x CPU");
      results.scroll.push(await scrollRun(browser, { width: 360, height: 640 }, budget.scroll.slowPhoneCpuSlowdown));
      results.coverage = [];
      for (const viewport of [{ width: 390, height: 844 }, { width: 360, height: 640 }, { width: 844, height: 390 }, { width: 1280, height: 800 }]) {
        log(`coverage ${viewport.width}x${viewport.height}`);
        const steps = (await coverageRun(browser, URL_, viewport, READING_LINE)).map((s) => ({ id: s.id, pct: Number((s.share * 100).toFixed(1)) }));
        results.coverage.push({ viewport: `${viewport.width}x${viewport.height}`, steps, worstPct: Math.max(...steps.map((s) => s.pct)) });
      }
      results.floor = [];
      for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
        log(`scroll ${viewport.width}x${viewport.height}, page without scripts`);
        results.floor.push(await floorRun(browser, viewport));
      }
      log("heap");
      results.heap = await heapRun(browser);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
  results.over = compare(results);
  writeFileSync(new URL("./results.json", import.meta.url), JSON.stringify(results, null, 2) + "\n");
  console.log(`Benchmark, ${results.date}, ${results.machine}\n${table(results)}\n`);
  console.log(results.over.length ? `Over budget (${results.over.length}):\n  ${results.over.join("\n  ")}` : "Every budget holds.");
}

main().catch((error) => {
  console.error(`bench: could not measure: ${error.message}`);
  process.exit(1);
});
