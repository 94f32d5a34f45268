// What the ArchieML parser does silently and the story must not: a line scan that runs before it.
//
//   - a key named __proto__, constructor or prototype (the parser would write it into
//     Object.prototype, or throw)
//   - a key given twice in one step (the parser keeps the second; usually an "id:" line was deleted
//     and two steps have run together)
//   - a {block} or [array] line inside [steps] (it ends the steps array: every step after it is lost)
//   - step keys after the [] that closed [steps] (a stray [] ends the array early)
//   - a character no value may hold (src/story/decode.ts): a control, U+2028/U+2029 (the parser's
//     patterns stop at them, so the key on that line vanishes) or a bidi override
//
// The scan follows the parser's own line rules (archieml 0.5: key lines, :commands, scope lines).
import { forbiddenCharacter, withoutForbidden } from "./decode.ts";
import { messages, type StoryError } from "./messages.ts";

// The parser's own character classes (archieml.js), so that the scan sees exactly the keys it sees.
const WHITESPACE = "\\u0000\\u0009\\u000A\\u000B\\u000C\\u000D\\u0020\\u00A0\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200A\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
const NOT_IN_KEY = `${WHITESPACE}\\u005B\\u005C\\u005D\\u007B\\u007D\\u003A`;
const KEY = new RegExp(`^\\s*([^${NOT_IN_KEY}]+)[ \\t\\r]*:[ \\t\\r]*(.*)$`);
const COMMAND = /^\s*:[ \t\r]*(endskip|ignore|skip|end)/i;
const SCOPE = new RegExp(`^\\s*([[{])[ \\t\\r]*([+.]*)[ \\t\\r]*([^${NOT_IN_KEY}]*)[ \\t\\r]*[\\]}]`);
const RESERVED = new Set(["__proto__", "constructor", "prototype"]);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface Shape {
  /** Keys a step may have (validate.ts owns the list; keys of the whole story are excluded here). */
  stepKeys: readonly string[];
  topKeys: readonly string[];
}

/** Problems the parser would hide, each naming the step (by id, or by position) and the key. */
export function checkStructure(text: string, file: string, shape: Shape): StoryError[] {
  const errors: StoryError[] = [];
  const fail = (step: string | null, field: string | null, message: string) => errors.push({ stage: "parse", file, step, field, message });
  const stepOnly = new Set(shape.stepKeys.filter((k) => !shape.topKeys.includes(k)));

  let inSteps = false;
  let closed = false; // [steps] was opened and then closed by []
  let depth = 0; // nested [.x] / {.x} scopes inside a step
  let skipping = false;
  let firstKey: string | null = null;
  let keys = new Set<string>();
  let count = 0;
  let id: string | null = null;
  const label = () => (id && ID.test(id) ? JSON.stringify(id) : `#${Math.max(count, 1)}`);
  const startItem = (key: string) => {
    count++;
    keys = new Set([key]);
    id = null;
  };
  /** A key of the current step (a key line, or the name of a nested [.x] / {.x} scope). */
  const stepKey = (key: string, value: string) => {
    if (firstKey === null || key === firstKey) {
      firstKey ??= key;
      startItem(key);
    } else if (keys.has(key)) {
      fail(label(), key, messages.duplicateKey());
      keys = new Set([key]); // read on as if a new step started here, so one slip gives one error
    } else keys.add(key);
    if (key === "id") id = value.trim();
  };

  let field: string | null = null; // the key whose value the line is part of
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = withoutForbidden(raw);
    const character = forbiddenCharacter(raw);
    const command = COMMAND.exec(line)?.[1].toLowerCase();
    if (command === "ignore") break;
    if (command === "skip") skipping = true;
    if (command === "endskip") skipping = false;
    if (command || skipping) continue;

    const keyLine = KEY.exec(line);
    const key = keyLine?.[1];
    if (key !== undefined) field = key;
    if (character) {
      if (key !== undefined && inSteps && depth === 0) stepKey(key, keyLine![2]); // the step it is in, by id
      fail(inSteps ? label() : null, field, messages.forbiddenCharacter(character));
      break; // the parser would misread the line: one error, before it runs
    }
    const scope = key === undefined ? SCOPE.exec(line) : null;
    const path = key ?? scope?.[3] ?? "";
    const reserved = path.split(".").find((part) => RESERVED.has(part));
    if (reserved) {
      fail(inSteps ? label() : null, path, messages.reservedKey(path));
      continue;
    }

    if (key !== undefined) {
      if (inSteps && depth === 0) stepKey(key, keyLine![2]);
      else if (closed && (stepOnly.has(key) || stepOnly.has(key.split(".")[0]))) {
        const value = keyLine![2].trim();
        fail(key === "id" && ID.test(value) ? JSON.stringify(value) : label(), key, messages.stepKeyAfterSteps());
        break; // everything after it is outside the array too: one error says it
      }
      continue;
    }
    if (!scope) continue;
    const [, bracket, flags, name] = scope;
    if (name === "") {
      // [] or {} (the parser does not tell them apart): closes a nested scope, or the steps array itself.
      if (depth > 0) depth--;
      else if (inSteps) [inSteps, closed] = [false, true];
      continue;
    }
    if (flags.includes(".")) {
      if (inSteps && depth === 0) stepKey(name, "");
      if (inSteps) depth++;
      continue;
    }
    if (inSteps) {
      fail(label(), name, messages.blockInSteps(line.trim()));
      break; // the parser has dropped the array here; what follows would only repeat it
    }
    if (bracket === "[" && name === "steps") [inSteps, closed, depth, firstKey, count] = [true, false, 0, null, 0];
  }
  return errors;
}
