// A stylesheet as a rasteriser without a browser can apply it: the static images' CSS uses custom
// properties and conditional rules (@media, @container, @supports) that resvg does not evaluate. Each
// var() becomes its declared value and the conditional blocks go, so the card is drawn with the base
// rules, as a browser draws the static image on a plain screen. Pure.

/** Every custom property declared anywhere in css; a name declared twice with two values is refused. */
export function customProperties(css: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of css.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;}]+)/gi)) {
    const v = value.trim();
    const before = found.get(name);
    if (before !== undefined && before !== v) throw new Error(`[story:share] ${name} is declared twice (${before} / ${v}): a card cannot choose`);
    found.set(name, v);
  }
  return found;
}

/** Removes every `@name … { … }` block (its nested braces included) whose name is in `names`. */
function dropBlocks(css: string, names: readonly string[]): string {
  const at = new RegExp(`@(?:${names.join("|")})\\b[^{;]*\\{`, "g");
  let out = "";
  let from = 0;
  for (let m = at.exec(css); m; m = at.exec(css)) {
    out += css.slice(from, m.index);
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < css.length && depth > 0; i++) depth += css[i] === "{" ? 1 : css[i] === "}" ? -1 : 0;
    from = i;
    at.lastIndex = i;
  }
  return out + css.slice(from);
}

/** css with its conditional rules and font faces removed and every var() replaced by its value. */
export function flattenCss(css: string): string {
  let out = dropBlocks(css, ["media", "container", "supports", "font-face"]);
  const props = customProperties(out);
  // A value may itself use var(): repeat until none is left (or a name is unknown).
  for (let pass = 0; pass < 5 && out.includes("var("); pass++) {
    out = out.replace(/var\(\s*(--[a-z0-9-]+)\s*(?:,\s*([^()]*))?\)/gi, (_, name: string, fallback?: string) => {
      const value = props.get(name) ?? fallback?.trim();
      if (value === undefined) throw new Error(`[story:share] var(${name}) has no value and no fallback`);
      return value;
    });
  }
  return out;
}
