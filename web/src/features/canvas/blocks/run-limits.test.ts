import { describe, expect, it } from 'vitest';
import { longerLimit, timeoutSeconds } from './run-limits';

type Run = Parameters<typeof timeoutSeconds>[0]['run'];
const timedOut = (error: Record<string, unknown>, durationMs = 2100) => ({
  run: { durationMs, error: { code: 'TIMEOUT', message: 'x', ...error } } as unknown as Run,
});

describe('timeout notice', () => {
  it('says the limit the server reports, else the duration', () => {
    expect(timeoutSeconds(timedOut({ limitSeconds: 30 }))).toBe(30);
    expect(timeoutSeconds(timedOut({}, 2100))).toBe(2);
    expect(timeoutSeconds({ run: null })).toBeNull();
  });

  it('offers a longer limit only below the source cap', () => {
    expect(longerLimit(timedOut({ limitSeconds: 30, maxLimitSeconds: 120 }))).toBe(120);
    expect(longerLimit(timedOut({ limitSeconds: 120, maxLimitSeconds: 120 }))).toBeNull();
    expect(longerLimit(timedOut({ limitSeconds: 30 }))).toBeNull();
  });
});
