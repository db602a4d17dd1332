// Prints the plain closing line CI readers understand, from vitest's JSON report.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('.test-results/vitest.json', 'utf8'));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
// Belt and braces: a failed test fails CI even if something in the run overrode vitest's exit code.
if (report.numTotalTests === 0 || report.numFailedTests > 0 || report.success === false) process.exit(1);
