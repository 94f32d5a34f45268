import { describe, expect, it } from "vitest";
import { shareLink, statusText } from "../../src/ui/sharePassage.ts";

const url = "https://stories.example.org/maghreb/s/tripoli-meeting/";
/** A navigator with the given share sheet and clipboard; records what each was given. */
function device({ share, clipboard }: { share?: (d: ShareData) => Promise<void>; clipboard: (t: string) => Promise<void> }) {
  const calls: string[] = [];
  const nav = {
    share: share && ((d: ShareData) => (calls.push(`share ${d.url}`), share(d))),
    clipboard: { writeText: (t: string) => (calls.push(`copy ${t}`), clipboard(t)) },
  } as unknown as Navigator;
  return { nav, calls };
}
const ok = async () => {};
const refuse = (name: string) => async () => {
  throw new DOMException("no", name);
};

describe("sharing a passage's link", () => {
  it("opens the share sheet where the device has one, and copies nothing", async () => {
    const { nav, calls } = device({ share: ok, clipboard: ok });
    expect(await shareLink(url, "Title", nav)).toBe("shared");
    expect(calls).toEqual([`share ${url}`]);
  });
  it("says nothing when the reader closes the sheet", async () => {
    const { nav, calls } = device({ share: refuse("AbortError"), clipboard: ok });
    expect(await shareLink(url, "Title", nav)).toBe("cancelled");
    expect(calls).toEqual([`share ${url}`]);
  });
  it("copies the link when the sheet fails otherwise, or the device has none", async () => {
    const failing = device({ share: refuse("NotAllowedError"), clipboard: ok });
    expect(await shareLink(url, "Title", failing.nav)).toBe("copied");
    expect(failing.calls).toEqual([`share ${url}`, `copy ${url}`]);
    const noSheet = device({ clipboard: ok });
    expect(await shareLink(url, "Title", noSheet.nav)).toBe("copied");
    expect(noSheet.calls).toEqual([`copy ${url}`]);
  });
  it("reports a failure when the clipboard is refused too, and then shows the link to copy by hand", async () => {
    const { nav } = device({ clipboard: refuse("NotAllowedError") });
    expect(await shareLink(url, "Title", nav)).toBe("failed");
    expect(statusText("failed", url)).toBe(`Copy this link: ${url}`);
    expect(statusText("copied", url)).toBe("Link to this passage copied.");
    expect(statusText("shared", url)).toBe("");
  });
});
