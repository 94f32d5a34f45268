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

function handler(req, res) {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  if (path === "/health") return void res.end("ok");
  const page = /^\/([a-z-]+)\.html$/.exec(path)?.[1];
  const file = files[path] ?? (page ? join(here, "hosts", `${page}.html`) : null);
  if (!file) {
    res.statusCode = 404;
    return void res.end("not found");
  }
  readFile(file, "utf8").then(
    (text) => {
      res.setHeader("Content-Type", file.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
      res.setHeader("Cache-Control", "no-store");
      res.end(text.replaceAll("{{STORY}}", origin(storyPort)).replaceAll("{{HOST}}", origin(hostPort)).replaceAll("{{THIRD}}", origin(thirdPort)));
    },
    () => {
      res.statusCode = 404;
      res.end("not found");
    },
  );
}

for (const port of [hostPort, thirdPort]) createServer(handler).listen(Number(port), "127.0.0.1");
