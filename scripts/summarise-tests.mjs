// Adds up the JSON reports of every tier (Vitest and Playwright) and prints, last, the line the CI
// reads: "N passed, N failed". A tier with no tests counts as a failure: a run that tests nothing
// must not look green.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
if (!dir || !existsSync(dir)) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  let p = 0;
  let f = 0;
  let s = 0;
  if ("numPassedTests" in report) {
    // Vitest's JSON reporter (Jest-compatible); a file that failed to load counts as a failure.
    p = report.numPassedTests;
    f =
      report.numFailedTests +
      (report.testResults ?? []).filter((r) => r.status === "failed" && (r.assertionResults ?? []).length === 0).length;
    s = report.numPendingTests + report.numTodoTests;
  } else if (report.stats) {
    // Playwright's JSON reporter.
    p = report.stats.expected;
    f = report.stats.unexpected + report.stats.flaky + (report.errors?.length ?? 0);
    s = report.stats.skipped;
  }
  if (p + f === 0) {
    f += 1;
    lines.push(`${file}: no tests ran`);
  }
  lines.push(
    `${file.replace(/\.json$/, "").padEnd(22)} ${String(p).padStart(4)} passed ${String(f).padStart(3)} failed${s ? ` ${s} skipped` : ""}`,
  );
  passed += p;
  failed += f;
  skipped += s;
}
console.log("\nTest tiers:");
for (const l of lines) console.log(`  ${l}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
