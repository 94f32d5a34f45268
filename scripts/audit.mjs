// `npm audit` of the production dependencies, for CI: fails on any high or critical advisory.
//
//   node scripts/audit.mjs      (npm run audit; .ci/run runs it)
//
// It runs `npm audit --omit=dev --audit-level=high --json` and reads the answer itself, so that it
// can tell "advisories found" (exit 1, listed) from "the advisory service could not be asked" (some
// registries and mirrors answer the audit endpoint with 405, or the network is down). The second is
// reported loudly and, by default, does not fail the run, because it says nothing about the code;
// AUDIT_STRICT=1 makes it fail too.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const FAILING = new Set(["high", "critical"]);
const strict = process.env.AUDIT_STRICT === "1";

// AUDIT_REPORT=file.json reads a saved report instead of asking npm (for the script's own tests).
const run = process.env.AUDIT_REPORT
  ? { stdout: readFileSync(process.env.AUDIT_REPORT, "utf8"), status: null, error: null }
  : spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf8", timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout || "{}");
} catch {
  report = {};
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.message ?? report.error?.summary ?? (run.error ? String(run.error) : `npm audit exited ${run.status}`);
  console.log(`npm audit: NOT RUN: the advisory service could not be asked (${why}).`);
  console.log("npm audit: production dependencies were not checked on this machine; run `npm run audit` where the registry's audit endpoint answers.");
  process.exit(strict ? 1 : 0);
}

const failing = Object.values(report.vulnerabilities ?? {}).filter((v) => FAILING.has(v.severity));
const total = Object.entries(counts)
  .filter(([k]) => k !== "total")
  .map(([k, n]) => `${n} ${k}`)
  .join(", ");
if (failing.length) {
  console.log(`npm audit: ${failing.length} production dependencies with high or critical advisories (${total}):`);
  for (const v of failing) {
    const via = v.via.map((x) => (typeof x === "string" ? x : `${x.title} (${x.url})`)).join("; ");
    console.log(`  ${v.name} ${v.range} [${v.severity}]: ${via}${v.fixAvailable ? " (a fix is available: npm audit fix --omit=dev)" : ""}`);
  }
  process.exit(1);
}
console.log(`npm audit: no high or critical advisories in production dependencies (${total}; ${report.metadata.dependencies?.prod ?? "?"} production packages).`);
