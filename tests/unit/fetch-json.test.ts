// src/net/fetchJson.ts, which every later download goes through (the map file, the later scenes' data,
// and with withDeadline their chunk): one deadline over the whole download, and one retry rule.
import { describe, expect, it } from "vitest";
import { fetchJson, LoadError, withDeadline, withRetries } from "../../src/net/fetchJson.ts";

/** A response whose body sends its first bytes and then nothing, ever; `aborted` says whether the fetch was aborted. */
function stalling() {
  const state = { aborted: false };
  const fetcher = (async (_url: string, init?: RequestInit) => {
    init?.signal?.addEventListener("abort", () => (state.aborted = true));
    return new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"nodes": [')) }));
  }) as unknown as typeof fetch;
  return { fetcher, state };
}

describe("fetchJson", () => {
  it("ends a body that stalls after its headers at the deadline: a transient LoadError, and the fetch aborted", async () => {
    const { fetcher, state } = stalling();
    const error = await fetchJson("/scenes.json", "the graphics' data", fetcher, 30).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).message).toBe("the graphics' data did not finish loading within 0.03 s");
    expect((error as LoadError).transient).toBe(true);
    expect(state.aborted).toBe(true);
  });

  it("reads a whole body within the deadline", async () => {
    const fetcher = (async () => new Response('{"ok": true}')) as unknown as typeof fetch;
    await expect(fetchJson("/x.json", "x", fetcher, 1000)).resolves.toEqual({ ok: true });
  });
});

describe("withDeadline and withRetries", () => {
  it("gives up work that never settles (a chunk's import) as a transient LoadError", async () => {
    const error = await withDeadline(new Promise(() => {}), 20, "the graphics' code").catch((e: unknown) => e);
    expect(error).toEqual(new LoadError("the graphics' code did not finish loading within 0.02 s", true));
  });

  it("tries a stalled download again, three times in all, then gives up with the transient error", async () => {
    let tries = 0;
    const { fetcher } = stalling();
    const error = await withRetries(() => (tries++, fetchJson("/x.json", "x", fetcher, 10)), { backoffMs: 1 }).catch((e: unknown) => e);
    expect(tries).toBe(3);
    expect((error as LoadError).transient).toBe(true);
  });

  it("does not try a lasting failure again", async () => {
    let tries = 0;
    const fetcher = (async () => new Response("gone", { status: 404 })) as unknown as typeof fetch;
    await expect(withRetries(() => (tries++, fetchJson("/x.json", "x", fetcher, 1000)), { backoffMs: 1 })).rejects.toThrow("x answered 404");
    expect(tries).toBe(1);
  });
});
