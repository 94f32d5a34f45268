import { describe, expect, it } from "vitest";
import { formatError } from "../../src/story/messages.ts";
import { parse } from "../../src/story/parse.ts";
import { validate } from "../../src/story/validate.ts";
import { article, edited, storyText, vocabulary } from "./helpers.ts";

const FILE = "story/story.aml";
/** Every error message the pipeline gives for a story text, formatted as the build prints them. */
function errorsFor(text: string): string[] {
  const parsed = parse(text, FILE);
  if (!parsed.raw) return parsed.errors.map(formatError);
  return validate(parsed.raw, vocabulary, article, FILE).errors.map(formatError);
}

describe("validate", () => {
  it("accepts the real story with no errors", () => {
    expect(errorsFor(storyText)).toEqual([]);
  });

  it("names the step, the field and a near match for a misspelt country", () => {
    const errors = errorsFor(edited("map.highlight: Algeria, Libya, Tunisia\nmap.threat", "map.highlight: Algeria, Libya, Tunsia\nmap.threat"));
    expect(errors).toEqual([
      '[story:validate] story/story.aml: step "regional-landscape": map.highlight: unknown country "Tunsia" (did you mean "Tunisia"?)',
    ]);
  });

  it("rejects a duplicate id and says which step had it first", () => {
    const errors = errorsFor(edited("id: strategic-vacuum", "id: regional-landscape"));
    expect(errors[0]).toBe('[story:validate] story/story.aml: step "regional-landscape": id: duplicate id: step 2 already uses it');
  });

  it("rejects a misspelt key and suggests the right one", () => {
    expect(errorsFor(edited("title: Tripoli, 16 June", "titel: Tripoli, 16 June"))).toEqual([
      '[story:validate] story/story.aml: step "tripoli-meeting": titel: unknown key "titel" (did you mean "title"?)',
      '[story:validate] story/story.aml: step "tripoli-meeting": title: is required',
    ]);
  });

  it("rejects a misspelt map key with the map. prefix in the suggestion", () => {
    expect(errorsFor(edited("map.places: tripoli\n", "map.plaecs: tripoli\n"))).toEqual([
      '[story:validate] story/story.aml: step "tripoli-meeting": map.plaecs: unknown key "map.plaecs" (did you mean "map.places"?)',
    ]);
  });

  it("rejects an empty passage", () => {
    const errors = errorsFor(edited(/text: It represents an attempt[^\n]*/, "text: "));
    expect(errors).toContain('[story:validate] story/story.aml: step "strategic-vacuum": text: is empty');
  });

  it("rejects a passage with one word changed and quotes what the article says instead", () => {
    const errors = errorsFor(edited("hosted the second meeting", "hosted the third meeting"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\[story:validate\] story\/story.aml: step "tripoli-meeting": text: is not the next passage of the article; the article continues: "On June 16, 2026/);
  });

  it("rejects a passage that splits a sentence", () => {
    const errors = errorsFor(
      edited(
        /text: (On June 16, 2026, the Libyan capital, Tripoli, hosted the second meeting)/,
        "text: $1\n",
      ),
    );
    expect(errors.some((e) => e.includes('step "tripoli-meeting": text: splits a paragraph in the middle of a sentence'))).toBe(true);
  });

  it("rejects a story that leaves out the end of the article", () => {
    const cut = storyText.slice(0, storyText.indexOf("id: true-security")) + "[]\n";
    expect(errorsFor(cut)).toEqual([
      '[story:validate] story/story.aml: step "maghrebi-challenge": text: the story ends with this step, before the article does; missing from: "True security is not built on patrols and surveillance cameras alone, but on a civilizatio…"',
    ]);
  });

  it("rejects a heading that is not the article's", () => {
    const errors = errorsFor(edited("heading: U.S. Interests: Calculations and Contradictions", "heading: US Interests"));
    expect(errors[0]).toMatch(/step "us-interest": heading: is not the next line of the article; the article continues: "U\.S\. Interests/);
  });

  it("requires a description of at least 40 characters", () => {
    const errors = errorsFor(edited(/description: The three capitals are pinned[^\n]*/, "description: Three capitals."));
    expect(errors).toEqual(['[story:validate] story/story.aml: step "tripoli-hub": description: is 15 characters; write at least 40']);
  });

  it("rejects an unknown kind with a suggestion", () => {
    expect(errorsFor(edited("id: tripoli-hub\nkind: analysis", "id: tripoli-hub\nkind: analisys"))).toEqual([
      '[story:validate] story/story.aml: step "tripoli-hub": kind: unknown kind "analisys" (did you mean "analysis"?); use reported, analysis or opinion',
    ]);
  });

  it("rejects unknown places, borders and sources", () => {
    const errors = errorsFor(
      edited("map.places: tripoli\n", "map.places: tripolli\n")
        .replace("map.borders: algeria-tunisia, algeria-libya, libya-tunisia\nmap.lengths", "map.borders: algeria-tunisa, algeria-libya, libya-tunisia\nmap.lengths")
        .replace("sources: article, lsm-tripoli", "sources: artcle"),
    );
    expect(errors).toEqual([
      '[story:validate] story/story.aml: step "tripoli-meeting": sources: unknown source "artcle" (did you mean "article"?)',
      '[story:validate] story/story.aml: step "tripoli-meeting": map.borders: unknown border "algeria-tunisa" (did you mean "algeria-tunisia"?)',
      '[story:validate] story/story.aml: step "tripoli-meeting": map.places: unknown place "tripolli" (did you mean "tripoli"?)',
    ]);
  });

  it("rejects a step with no picture", () => {
    const errors = errorsFor(edited(/map\.focus: Libya, Tunisia\nmap\.highlight: Algeria, Libya, Tunisia\nmap\.borders[^\n]*\nmap\.places: tripoli, tunis, algiers\n/, ""));
    expect(errors).toEqual([
      '[story:validate] story/story.aml: step "tripoli-hub": map.focus: the step has no picture: give map.focus, alliances.actors, chart.id or timeline.events',
    ]);
  });

  it("rejects a step with two pictures", () => {
    const errors = errorsFor(edited("map.places: tripoli, tunis, algiers\n", "map.places: tripoli, tunis, algiers\nchart.id: arrivals\n"));
    expect(errors).toEqual(['[story:validate] story/story.aml: step "tripoli-hub": chart: a step shows one picture, but this one has map and chart']);
  });

  it("rejects unknown actors, relations, charts, chart keys and events with near matches", () => {
    const text = edited("relations: us-tunisia-mnna, nato-tunisia-med-dialogue, eu-tunisia-mou\nalliances.focus: tunisia", "relations: us-tunisia-mna, nato-tunisia-med-dialogue, eu-tunisia-mou\nalliances.focus: tunisa")
      .replace("chart.highlight: 2024", "chart.highlight: 20244")
      .replace("chart.id: arrivals", "chart.id: arivals")
      .replace("timeline.events: all", "timeline.events: task-forse");
    expect(errorsFor(text)).toEqual([
      '[story:validate] story/story.aml: step "geopolitical-context": timeline.events: unknown event "task-forse" (did you mean "task-force"?)',
      '[story:validate] story/story.aml: step "african-security": chart.highlight: unknown key of chart "terrorism" "20244" (did you mean "2024"?)',
      '[story:validate] story/story.aml: step "tunisia-mnna": alliances.relations: unknown relation "us-tunisia-mna" (did you mean "us-tunisia-mnna"?)',
      '[story:validate] story/story.aml: step "tunisia-mnna": alliances.focus: unknown actor "tunisa" (did you mean "tunisia"?)',
      '[story:validate] story/story.aml: step "sahel-challenges": chart.id: unknown chart "arivals" (did you mean "arrivals"?)',
    ]);
  });

  it("rejects unknown routes, annotations and years on a map", () => {
    const text = edited("flows: sea-libya,", "flows: sea-lybia,").replace("map.year: 2023", "map.year: 2203").replace("notes: italy-libya-2017,", "notes: italy-libya,");
    expect(errorsFor(text)).toEqual([
      '[story:validate] story/story.aml: step "cross-border-threats": map.flows: unknown route "sea-lybia" (did you mean "sea-libya"?)',
      '[story:validate] story/story.aml: step "cross-border-threats": map.year: unknown year of arrivals "2203" (did you mean "2023"?)',
      '[story:validate] story/story.aml: step "cross-border-threats": map.notes: unknown annotation "italy-libya" (did you mean "italy-libya-2017"?)',
    ]);
  });

  it("rejects markup in a passage, so that story text can never become HTML", () => {
    const errors = errorsFor(edited("title: Tripoli, a hub", "title: <img src=x onerror=alert(1)>Tripoli, a hub"));
    expect(errors).toEqual(['[story:validate] story/story.aml: step "tripoli-hub": title: contains HTML markup; the story is plain text']);
  });

  it("rejects a bad id", () => {
    expect(errorsFor(edited("id: tripoli-hub", "id: Tripoli Hub"))[0]).toBe(
      '[story:validate] story/story.aml: step #6: id: "Tripoli Hub" is not a valid id (use lowercase letters, digits and hyphens, e.g. "tripoli-meeting")',
    );
  });

  it("stops at parse for a file with no [steps] array", () => {
    expect(errorsFor("title: Only a title\n")).toEqual([
      "[story:parse] story/story.aml: the story has no [steps] array (write [steps] ... [] around the steps)",
    ]);
    expect(errorsFor("  \n")).toEqual(["[story:parse] story/story.aml: the story file is empty"]);
  });
});
