import { describe, expect, it } from 'vitest';
import { verdict, type ScenarioResult } from './verdict.ts';

const result = (id: string, outcome: ScenarioResult['outcome'], detail = ''): ScenarioResult => ({
  id,
  outcome,
  detail,
  ms: 1,
});

describe('browser run verdict', () => {
  it('passes only when every scenario passed', () => {
    expect(verdict([result('a', 'passed'), result('b', 'passed')])).toEqual({
      lines: ['2 passed, 0 failed'],
      exitCode: 0,
    });
  });

  it('a failed scenario fails the run', () => {
    expect(verdict([result('a', 'passed'), result('b', 'failed', 'boom')]).exitCode).toBe(1);
  });

  it('a skipped scenario fails the run and says why', () => {
    const { lines, exitCode } = verdict([
      result('a', 'passed'),
      result('live-collaboration', 'skipped', 'the collab server is not reachable'),
    ]);
    expect(exitCode).toBe(1);
    expect(lines).toEqual([
      '1 passed, 0 failed, 1 skipped',
      'FAILED: a skipped scenario fails the run (live-collaboration: the collab server is not reachable)',
    ]);
  });

  it('a run with no scenario fails', () => {
    expect(verdict([])).toEqual({ lines: ['0 passed, 0 failed', 'FAILED: no scenario ran'], exitCode: 1 });
  });
});
