// Prints the plain closing line CI readers understand, from vitest's JSON report, and fails CI on
// any failed test or file and on any skipped test: on CI every engine is expected, so a skip means
// a suite did not run (node .ci/summary.mjs [report.json]).
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? '.test-results/vitest.json', 'utf8'));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
const skippedNames = (report.testResults ?? []).flatMap((file) =>
  (file.assertionResults ?? [])
    .filter((t) => ['skipped', 'pending', 'todo'].includes(t.status))
    .map((t) => `${file.name}: ${t.fullName}`),
);
for (const name of skippedNames) console.log(`  skipped: ${name}`);
const failedFiles = (report.testResults ?? [])
  .filter((file) => file.status === 'failed')
  .map((file) => file.name);
for (const name of failedFiles) console.log(`  failed file: ${name}`);
// Belt and braces: a failed test fails CI even if something in the run overrode vitest's exit code.
const failed =
  report.numTotalTests === 0 ||
  report.numFailedTests > 0 ||
  (report.numFailedTestSuites ?? 0) > 0 ||
  failedFiles.length > 0 ||
  report.success === false;
if (failed) process.exit(1);
if (skipped > 0 || skippedNames.length > 0) {
  console.log(
    `FAILED: ${Math.max(skipped, skippedNames.length)} test(s) skipped; on CI a skip is a suite that did not run`,
  );
  process.exit(1);
}
