// Security in the browser: the page runs under its strict Content-Security-Policy with no violation,
// makes no request to another origin, links out with rel=noopener, and ignores hostile messages.
import { expect, test, type Page } from "@playwright/test";
import { waitForMap, watchForErrors } from "./page.ts";
import { states } from "./story.ts";

/** Records every CSP violation the page reports, from the first byte on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`));
  });
  const console: string[] = [];
  page.on("console", (m) => {
    if (/Content[- ]Security[- ]Policy|Trusted Type/i.test(m.text())) console.push(`console: ${m.text()}`);
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))];
}

/** Every request the page makes, by URL. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

/** The policy the page carries, as directive -> sources. */
async function policy(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(content, "dist/index.html should carry a Content-Security-Policy").toBeTruthy();
  return new Map(
    content!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** Visits every step by link (so every scene is made and drawn), uses the controls, resizes. */
async function exercise(page: Page) {
  for (const state of states) {
    await page.evaluate((id) => (location.hash = `#step=${id}`), state.id);
    await expect(page.locator("main#story")).toHaveAttribute("data-step", state.id);
    await expect(page.locator(`.scene-${state.scene}`)).toHaveAttribute("data-step", state.id);
  }
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[0].id);
  await page.getByRole("button", { name: "Next passage" }).click();
  await page.locator(".motion-toggle").click();
  await page.locator(".motion-toggle").click();
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.height, height: size.width });
  await page.setViewportSize(size);
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
  await expect(page.locator("main#story")).toHaveAttribute("data-step", states[states.length - 1].id);
}

test("the policy is strict: self only, no inline script, no eval, no inline style by default", async ({ page }) => {
  await page.goto("/");
  const csp = await policy(page);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  const style = csp.get("style-src") ?? [];
  expect(style[0]).toBe("'self'");
  for (const s of style.slice(1)) expect(s, "inline styles only by hash").toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  for (const [name, sources] of csp) {
    expect(sources, name).not.toContain("'unsafe-inline'");
    expect(sources, name).not.toContain("'unsafe-eval'");
    expect(sources, name).not.toContain("*");
    // One exception: the site icon is a data: URL in the page (a linked icon is fetched at every step change).
    const schemes = sources.filter((s) => /^(https?|data|blob):?$/i.test(s));
    expect(schemes, `${name} allows a scheme`).toEqual(name === "img-src" ? ["data:"] : []);
  }
  // The policy comes before anything it governs.
  const order = await page.evaluate(() => [...document.head.children].map((el) => el.tagName + (el.getAttribute("http-equiv") ? ":csp" : "")));
  expect(order.indexOf("META:csp")).toBeLessThan(Math.min(...["SCRIPT", "STYLE", "LINK"].map((t) => order.indexOf(t)).filter((i) => i >= 0)));
});

test("the piece runs under its policy with zero violations and no request to another origin", async ({ page, baseURL }) => {
  const violations = await watchViolations(page);
  const requests = watchRequests(page);
  const problems = watchForErrors(page);
  await page.goto("/");
  await waitForMap(page);
  await exercise(page);
  await page.reload();
  await waitForMap(page);

  expect(await violations(), "CSP violations").toEqual([]);
  const origin = new URL(baseURL!).origin;
  const elsewhere = requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
  expect(elsewhere, "requests that left the page's origin").toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  expect(problems, "console errors, page errors and failed requests").toEqual([]);
});

/** Serves a same-origin probe script that tries what the policy forbids, and adds it to the page. */
async function withProbe(page: Page) {
  // The probe runs from the page's own context: code run by the test harness would bypass the policy.
  await page.route("**/__csp-probe.js", (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: `
        const probe = { inline: "blocked", evaluated: "blocked", fn: "blocked", html: "blocked" };
        try { const s = document.createElement("script"); s.textContent = "window.__inlineRan = 1"; document.body.append(s); } catch {}
        try { probe.evaluated = String((0, eval)("'ran'")); } catch {}
        try { probe.fn = String(new Function("return 'ran'")()); } catch {}
        try { document.createElement("div").innerHTML = "<b>x</b>"; probe.html = "assigned"; } catch {}
        setTimeout(() => { probe.inline = window.__inlineRan ? "ran" : "blocked"; window.__probe = probe; }, 50);
      `,
    }),
  );
  // The page as served, with one more same-origin script tag at the end of its body.
  await page.route((url) => url.pathname === "/", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace("</body>", '<script src="/__csp-probe.js"></script></body>') });
  });
  await page.goto("/");
  await waitForMap(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __probe?: unknown }).__probe ?? null)).not.toBeNull();
  return page.evaluate(() => (window as unknown as { __probe: Record<string, string> }).__probe);
}

test("the policy is enforced: an injected inline script, eval, new Function and an innerHTML string are all blocked", async ({ page, browser }) => {
  const violations = await watchViolations(page);
  expect(await withProbe(page)).toEqual({ inline: "blocked", evaluated: "blocked", fn: "blocked", html: "blocked" });
  await expect.poll(async () => (await violations()).length, { message: "the browser should report the blocked attempts" }).toBeGreaterThan(0);

  // The control: with the policy bypassed, the same probe runs everything, so "blocked" above is the policy's doing.
  const open = await browser.newContext({ bypassCSP: true });
  try {
    expect(await withProbe(await open.newPage())).toEqual({ inline: "ran", evaluated: "ran", fn: "ran", html: "assigned" });
  } finally {
    await open.close();
  }
});

test("every link to another site opens with rel=noopener", async ({ page, baseURL }) => {
  await page.goto("/");
  const origin = new URL(baseURL!).origin;
  const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute("rel") ?? "", target: a.getAttribute("target") ?? "" })));
  const external = links.filter((l) => /^https?:/.test(l.href) && new URL(l.href).origin !== origin);
  expect(external.length, "the sources section links out").toBeGreaterThan(0);
  for (const link of external) expect(link.rel.split(/\s+/), link.href).toContain("noopener");
  for (const link of links) expect(link.href, "no script URL").not.toMatch(/^javascript:/i);
});

test("hostile window messages change nothing and throw nothing", async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto(`/#step=${states[2].id}`);
  await waitForMap(page);
  const before = await page.evaluate(() => ({ step: document.querySelector("main#story")!.getAttribute("data-step"), y: Math.round(window.scrollY), injected: document.querySelectorAll('img[src="x"], script:not([src])').length }));
  await page.evaluate((ids) => {
    const hostile: unknown[] = [
      null, 42, "step=" + ids[5], "<img src=x onerror=alert(1)>", [], { type: "step", id: ids[5] }, { v: 1, type: "goto", index: 5 },
      { sentinel: "amp", type: "embed-size", height: -1 }, { context: "iframe.resize", height: 1e9 }, JSON.stringify({ type: "step", index: 9 }),
      { __proto__: { polluted: true } }, { type: "height", height: "<script>" },
    ];
    for (const data of hostile) window.postMessage(data, "*");
  }, states.map((s) => s.id));
  await page.waitForTimeout(500);
  const after = await page.evaluate(() => ({ step: document.querySelector("main#story")!.getAttribute("data-step"), y: Math.round(window.scrollY), injected: document.querySelectorAll('img[src="x"], script:not([src])').length }));
  expect(after).toEqual(before);
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  expect(problems).toEqual([]);
});

// The modes other engineers build (src/modes/): tested here only where they exist.

test("present mode and the presenter console run under the policy with zero violations", async ({ context }) => {
  const audience = await context.newPage();
  const presenter = await context.newPage();
  const violations = [await watchViolations(audience), await watchViolations(presenter)];
  const requests = [...watchRequests(audience), ...watchRequests(presenter)];
  const problems = [...watchForErrors(audience), ...watchForErrors(presenter)];
  await audience.goto(`/?mode=present#step=${states[1].id}`);
  await expect(audience.locator("section.present-deck")).toHaveAttribute("data-step", states[1].id);
  await presenter.goto("/?mode=console");
  await audience.bringToFront();
  for (const key of ["ArrowRight", "ArrowRight", "End", "Home", "ArrowRight"]) await audience.keyboard.press(key);
  await expect(audience.locator("main#story")).toHaveAttribute("data-step", states[1].id);
  await expect(presenter.locator(".console-upcoming")).toHaveAttribute("data-step", states[2].id);
  for (const read of violations) expect(await read(), "CSP violations").toEqual([]);
  expect(requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== new URL(audience.url()).origin)).toEqual([]);
  expect(problems).toEqual([]);
});

test("the presenter channel ignores forged and malformed messages, and obeys a well-formed one", async ({ context }) => {
  const audience = await context.newPage();
  const problems = watchForErrors(audience);
  await audience.goto(`/?mode=present#step=${states[3].id}`);
  await expect(audience.locator("section.present-deck")).toHaveAttribute("data-step", states[3].id);
  await waitForMap(audience);
  // Another page of the same origin (an old tab, an extension's script) posting on the channel.
  const intruder = await context.newPage();
  await intruder.goto("/robots.txt");
  const sent = await intruder.evaluate(async (ids) => {
    const channel = new BroadcastChannel("maghreb-story:present:v1:/");
    const sid = "intruder-0001";
    let ts = Date.now();
    const bad: unknown[] = [
      null, "next", 42, [], { type: "cmd", action: "next" },
      { v: 2, sid, ts: ++ts, role: "console", type: "cmd", action: "next" }, // another protocol version
      { v: 1, sid: "<img src=x>", ts: ++ts, role: "console", type: "cmd", action: "next" }, // a sid that is not one
      { v: 1, sid, ts: -1, role: "console", type: "cmd", action: "next" }, // an impossible clock
      { v: 1, sid, ts: ++ts, role: "audience", type: "cmd", action: "last" }, // a command from the audience role
      { v: 1, sid, ts: ++ts, role: "console", type: "state", stepId: ids[9], blackout: false }, // state from a console
      { v: 1, sid, ts: ++ts, role: "console", type: "cmd", action: "goto", stepId: "<script>alert(1)</script>" },
      { v: 1, sid, ts: ++ts, role: "console", type: "cmd", action: "goto", stepId: "no-such-step" },
      { v: 1, sid, ts: ++ts, role: "console", type: "cmd", action: "eval", stepId: ids[9] },
      { v: 1, sid, ts: ++ts, role: "console", type: "cmd", action: "blackout", blackout: "yes" },
      JSON.parse(`{"v":1,"sid":"${sid}","ts":${++ts},"role":"console","type":"cmd","action":"goto","stepId":{"__proto__":{"polluted":true}}}`),
    ];
    // Any page of the origin can hear the audience window's sid in its state messages.
    const heard = new Promise<string>((resolve) => channel.addEventListener("message", (e) => e.data?.type === "state" && resolve(e.data.sid)));
    const to = await heard;
    bad.push({ v: 1, sid, ts: ++ts, role: "console", type: "cmd", action: "last" }); // a command addressed to no one
    bad.push({ v: 1, sid, ts: ++ts, role: "console", type: "cmd", to: "another-window-01", action: "last" }); // to another window
    for (const data of bad) channel.postMessage(data);
    await new Promise((r) => setTimeout(r, 500));
    const control = { v: 1, sid: "intruder-0002", ts: Date.now() + 1000, role: "console", type: "cmd", to, action: "goto", stepId: ids[5] };
    return { control };
  }, states.map((s) => s.id));
  await audience.waitForTimeout(300);
  // None of them may move the slide, put markup on the page or reach Object.prototype.
  await expect(audience.locator("main#story")).toHaveAttribute("data-step", states[3].id);
  expect(await audience.locator('img[src="x"]').count()).toBe(0);
  expect(await audience.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  // The control: a well-formed command from a console is obeyed, so the checks above were heard.
  await intruder.evaluate((control) => new BroadcastChannel("maghreb-story:present:v1:/").postMessage(control), sent.control);
  await expect(audience.locator("main#story")).toHaveAttribute("data-step", states[5].id);
  expect(problems).toEqual([]);
});
