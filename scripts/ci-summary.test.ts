import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// .ci/summary.mjs closes the CI test step: it must fail on a failure, a failed file, no tests, or any skip.
const summary = fileURLToPath(new URL('../.ci/summary.mjs', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'ci-summary-'));

function run(report: Record<string, unknown>) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(report));
  return spawnSync(process.execPath, [summary, file], { encoding: 'utf8' });
}

const test = (status: string, fullName = `a test ${status}`) => ({ status, fullName, title: fullName });
const report = (tests: ReturnType<typeof test>[], extra: Record<string, unknown> = {}) => ({
  numTotalTests: tests.length,
  numPassedTests: tests.filter((t) => t.status === 'passed').length,
  numFailedTests: tests.filter((t) => t.status === 'failed').length,
  numPendingTests: tests.filter((t) => t.status === 'skipped' || t.status === 'pending').length,
  numTodoTests: tests.filter((t) => t.status === 'todo').length,
  numFailedTestSuites: 0,
  success: !tests.some((t) => t.status === 'failed'),
  testResults: [
    {
      name: '/repo/x.test.ts',
      status: tests.some((t) => t.status === 'failed') ? 'failed' : 'passed',
      assertionResults: tests,
    },
  ],
  ...extra,
});

describe('.ci/summary.mjs', () => {
  it('passes a run where everything passed', () => {
    const result = run(report([test('passed'), test('passed')]));
    expect(result.stdout).toContain('2 passed, 0 failed, 0 skipped');
    expect(result.status).toBe(0);
  });

  it('fails a run with a skipped test, naming it', () => {
    const result = run(report([test('passed'), test('skipped', 'event bus delivers through Redis')]));
    expect(result.stdout).toContain('skipped: /repo/x.test.ts: event bus delivers through Redis');
    expect(result.stdout).toContain('FAILED: 1 test(s) skipped');
    expect(result.status).toBe(1);
  });

  it('fails a run with a failed test, a file that failed to load, or no tests', () => {
    expect(run(report([test('passed'), test('failed')])).status).toBe(1);
    expect(
      run(
        report([test('passed')], {
          numFailedTestSuites: 1,
          success: false,
          testResults: [{ name: '/repo/y.test.ts', status: 'failed', assertionResults: [] }],
        }),
      ).status,
    ).toBe(1);
    expect(run(report([])).status).toBe(1);
  });
});
