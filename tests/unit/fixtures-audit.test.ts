// scripts/audit.mjs, the CI gate on production advisories, read against saved npm audit reports.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const audit = (report: string, env: Record<string, string> = {}) => {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/audit.mjs")], {
    encoding: "utf8",
    env: { ...process.env, AUDIT_STRICT: "", ...env, AUDIT_REPORT: join(ROOT, "tests/fixtures/audit", report) },
  });
  return { code: run.status, out: run.stdout + run.stderr };
};

describe("the audit gate", () => {
  it("fails on a high advisory in a production dependency, and names it", () => {
    const { code, out } = audit("high.json");
    expect(code).toBe(1);
    expect(out).toContain("example-lib <2.0.0 [high]: Prototype pollution in example-lib");
    expect(out).not.toContain("quiet-lib <1.1.0");
  });

  it("passes with moderate advisories only", () => {
    const { code, out } = audit("moderate-only.json");
    expect(code).toBe(0);
    expect(out).toMatch(/no high or critical advisories in production dependencies \(0 info, 0 low, 1 moderate, 0 high, 0 critical; 12 production packages\)/);
  });

  it("says loudly when the advisory service cannot be asked, and fails only when strict", () => {
    const open = audit("unreachable.json");
    expect(open.code).toBe(0);
    expect(open.out).toMatch(/NOT RUN.*405 Method Not Allowed/);
    expect(audit("unreachable.json", { AUDIT_STRICT: "1" }).code).toBe(1);
  });
});
