// Failed-load fixtures for the map file, without a browser: which failures are retried (and how
// often, after what wait), which fail at once, the timeout for a file that never answers, and the
// word to the reader when a load is slow. The browser side is tests/e2e/failures.spec.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { GeoLoadError, loadGeo, loadGeoPatiently } from "../../src/geo/load.ts";
import { ROOT } from "./helpers.ts";

const topology = readFileSync(join(ROOT, "assets/geo/region.topo.json"), "utf8");
const borders = [{ id: "libya-tunisia", a: "434", b: "788" }];
const FAST = { backoffMs: 1, timeoutMs: 200, slowMs: 10_000 };

type Answer = () => Response | Promise<Response>;
/** A fetch that gives each answer in turn (the last one again after that) and counts the calls. */
function answers(...list: Answer[]) {
  let calls = 0;
  const fetcher = (async (_url: string, init?: RequestInit) => {
    const answer = list[Math.min(calls++, list.length - 1)];
    return await new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      Promise.resolve().then(answer).then(resolve, reject);
    });
  }) as unknown as typeof fetch;
  return { fetcher, calls: () => calls };
}
const ok = () => new Response(topology);
const status = (code: number) => () => new Response("x", { status: code });
const offline = () => {
  throw new TypeError("Failed to fetch");
};
const never = () => new Promise<Response>(() => {});
/** Headers and the first bytes of the file, then nothing: a stream that never closes (a stalled CDN). */
const stalled = () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode(topology.slice(0, 1000))) }));

describe("loading the map file patiently", () => {
  it("retries a network failure and a 5xx, then succeeds", async () => {
    const f = answers(offline, status(503), ok);
    const geo = await loadGeoPatiently("/x.json", borders, FAST, f.fetcher);
    expect(geo.countries.length).toBeGreaterThan(10);
    expect(f.calls()).toBe(3);
  });

  it.each([
    ["a 404", status(404), /answered 404/],
    ["invalid JSON", () => new Response("<html>"), /not valid JSON/],
    ["a truncated body", () => new Response(topology.slice(0, 5000)), /not valid JSON/],
    ["JSON that is not a topology", () => new Response('{"type":"FeatureCollection"}'), /not a region topology/],
  ])("fails at once, without retrying, on %s", async (_name, answer, message) => {
    const f = answers(answer, ok);
    await expect(loadGeoPatiently("/x.json", borders, FAST, f.fetcher)).rejects.toThrow(message);
    expect(f.calls()).toBe(1);
  });

  it("gives up after three tries of a transient failure, and says it was transient", async () => {
    const f = answers(offline);
    const error = await loadGeoPatiently("/x.json", borders, FAST, f.fetcher).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeoLoadError);
    expect((error as GeoLoadError).transient).toBe(true);
    expect(f.calls()).toBe(3);
  });

  it("times out a file that never answers, as a transient failure", async () => {
    const f = answers(never);
    const error = await loadGeo("/x.json", borders, f.fetcher, 50).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeoLoadError);
    expect((error as GeoLoadError).message).toMatch(/did not finish loading within 0.05 s/);
    expect((error as GeoLoadError).transient).toBe(true);
  });

  it("times out a file whose body stalls after its headers, as a transient failure, and tries it again", async () => {
    const f = answers(stalled);
    const error = await loadGeo("/x.json", borders, f.fetcher, 50).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeoLoadError);
    expect((error as GeoLoadError).message).toBe("the map file did not finish loading within 0.05 s");
    expect((error as GeoLoadError).transient).toBe(true);
    const patient = answers(stalled, stalled, ok);
    await expect(loadGeoPatiently("/x.json", borders, { ...FAST, timeoutMs: 50 }, patient.fetcher)).resolves.toBeTruthy();
    expect(patient.calls()).toBe(3);
  });

  it("waits longer before each further try", async () => {
    vi.useFakeTimers();
    try {
      const f = answers(offline, offline, ok);
      const done = loadGeoPatiently("/x.json", borders, { backoffMs: 1000, timeoutMs: 60_000, slowMs: 60_000 }, f.fetcher);
      await vi.advanceTimersByTimeAsync(999);
      expect(f.calls()).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(f.calls()).toBe(2);
      await vi.advanceTimersByTimeAsync(1999);
      expect(f.calls()).toBe(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(f.calls()).toBe(3);
      await expect(done).resolves.toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it("tells the reader once when a load is slow, and not when it is quick", async () => {
    const onSlow = vi.fn();
    const slow = answers(() => new Promise<Response>((r) => setTimeout(() => r(ok()), 80)));
    await loadGeoPatiently("/x.json", borders, { ...FAST, slowMs: 20, onSlow }, slow.fetcher);
    expect(onSlow).toHaveBeenCalledTimes(1);
    const quick = vi.fn();
    await loadGeoPatiently("/x.json", borders, { ...FAST, slowMs: 200, onSlow: quick }, answers(ok).fetcher);
    await new Promise((r) => setTimeout(r, 250));
    expect(quick).not.toHaveBeenCalled();
  });
});
