import { describe, expect, it } from 'vitest';
import { formatCalibration, measureCalibration } from './calibration.ts';

describe('calibration', () => {
  it('buckets answers by confidence and says how many confident ones were right', () => {
    const c = measureCalibration([
      { confidence: 1, passed: true },
      { confidence: 0.95, passed: false },
      { confidence: 0.85, passed: true },
      { confidence: 0.6, passed: true },
      { confidence: 0.2, passed: false },
    ]);
    expect(c.confident).toEqual({ count: 3, correct: 2 });
    expect(c.buckets.map((b) => [b.count, b.correct])).toEqual([
      [1, 0],
      [1, 1],
      [1, 1],
      [2, 1],
    ]);
    expect(c.brier).toBeCloseTo((0 + 0.95 ** 2 + 0.15 ** 2 + 0.4 ** 2 + 0.2 ** 2) / 5, 6);
    expect(formatCalibration(c)[0]).toBe('Confident (≥ 0.8) and right: 2/3 (67 %)');
  });
});
