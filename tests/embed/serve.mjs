// Host pages for the embed tests (tests/e2e/embed*.spec.ts), on two ports: a news site's page, and a
// third origin that posts look-alike messages. Usage: node tests/embed/serve.mjs HOST THIRD STORY
// ({{STORY}}, {{HOST}} and {{THIRD}} in a page become those origins). Also serves the real pym.js
// parent from node_modules.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [hostPort = "4177", thirdPort = "4178", storyPort = "4173"] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const origin = (port) => `http://127.0.0.1:${port}`;
const files = { "/pym.v1.js": join(here, "../../node_modules/pym.js/dist/pym.v1.js") };

// The news site's page (hosts/news.html) in its variants: the title, the embed markup, and what follows.
const slot = (mode = "") => `<div class="xstory"${mode} data-src="{{STORY}}/"><a href="{{STORY}}/">Open the interactive story</a></div>`;
const script = '<script async src="{{STORY}}/embed.js"></script>';
const newsVariants = {
  news: { TITLE: "news article", SLOT: slot(), TAIL: `${script}<!-- pasted twice, as CMS templates do -->` },
  bridge: { TITLE: "iframe through our loader", SLOT: slot(' data-mode="iframe"'), TAIL: script },
  overflow: { TITLE: "a clipping ancestor", SLOT: `<div class="clip" style="overflow: hidden">${slot()}</div>`, TAIL: script },
  "third-party": {
    TITLE: "with a third party",
    SLOT: `<iframe title="Advertisement" src="{{THIRD}}/third.html" width="300" height="100"></iframe>\n  ${slot(' data-mode="iframe"')}`,
    TAIL: script,
  },
};
// An ordinary article page (hosts/article.html) in its variants: the column, the gutter, the header.
const article = { COLUMN: "680px", GUTTER: "16px", HEADER: "56px", HEADER_POSITION: "static", SLOT: slot(), SCRIPT: script };
const longRead = '<div class="host-long-read" style="height: 1000vh"></div>';
const articleVariants = {
  "column-680": { ...article, TITLE: "a 680 px article column" },
  "column-320": { ...article, TITLE: "a 320 px column on a phone", COLUMN: "352px" },
  "full-bleed": { ...article, TITLE: "full-bleed", COLUMN: "none", GUTTER: "0px" },
  "sticky-header": { ...article, TITLE: "a 64 px sticky header", HEADER: "64px", HEADER_POSITION: "sticky", SLOT: slot(' style="--xstory-top: 64px"') },
  // Ten screens of the host's article before the snippet: the piece must cost nothing until the reader nears it.
  "column-680-frame": { ...article, TITLE: "a 680 px article column, the piece in an iframe", SLOT: slot(' data-mode="iframe"') },
  "below-fold": { ...article, TITLE: "ten screens down", SLOT: `${longRead}\n  ${slot()}` },
  "below-fold-eager": { ...article, TITLE: "ten screens down, eager", SLOT: `${longRead}\n  ${slot(' data-loading="eager"')}` },
  // The same page without the snippet or the script: npm run bench compares the host's Lighthouse figures.
  "below-fold-none": { ...article, TITLE: "ten screens down, no snippet", SLOT: longRead, SCRIPT: "" },
  "below-fold-frame": { ...article, TITLE: "ten screens down, eager, in an iframe", SLOT: `${longRead}\n  ${slot(' data-mode="iframe" data-loading="eager"')}` },
  // Snippets that cannot work: a data-src that is not http(s), and a frame from which no piece speaks.
  "invalid-src": { ...article, TITLE: "a data-src that is not http(s)", SLOT: '<div class="xstory" data-src="javascript:void 0"><a href="{{STORY}}/">Open the interactive story</a></div>' },
  "silent-frame": { ...article, TITLE: "a frame that never reports", SLOT: '<div class="xstory" data-mode="iframe" data-src="{{THIRD}}/third.html"><a href="{{STORY}}/">Open the interactive story</a></div>' },
};
const fill = (text, values) => Object.entries(values).reduce((t, [key, value]) => t.replaceAll(`{{${key}}}`, value), text);

function handler(req, res) {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  if (path === "/health") return void res.end("ok");
  const page = /^\/([a-z0-9-]+)\.html$/.exec(path)?.[1];
  const variant = page ? (newsVariants[page] ?? articleVariants[page]) : undefined;
  const template = page && articleVariants[page] ? "article" : variant ? "news" : page;
  const file = files[path] ?? (page ? join(here, "hosts", `${template}.html`) : null);
  if (!file) {
    res.statusCode = 404;
    return void res.end("not found");
  }
  readFile(file, "utf8").then(
    (text) => {
      res.setHeader("Content-Type", file.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
      res.setHeader("Cache-Control", "no-store");
      res.end(fill(variant ? fill(text, variant) : text, { STORY: origin(storyPort), HOST: origin(hostPort), THIRD: origin(thirdPort) }));
    },
    () => {
      res.statusCode = 404;
      res.end("not found");
    },
  );
}

for (const port of [hostPort, thirdPort]) createServer(handler).listen(Number(port), "127.0.0.1");
