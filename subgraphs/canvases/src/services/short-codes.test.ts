import { describe, expect, it } from 'vitest';
import { SHORT_CODE, SHORT_CODE_LENGTH, isDuplicateShortCode, newShortCode } from './short-codes.ts';

describe('short link codes', () => {
  it('are 12 base62 characters, different every time', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newShortCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) {
      expect(code).toHaveLength(SHORT_CODE_LENGTH);
      expect(code).toMatch(SHORT_CODE);
    }
  });

  it('use the whole alphabet about evenly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const c of newShortCode()) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    const expected = (2000 * SHORT_CODE_LENGTH) / 62;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.25);
  });

  it('recognise a duplicate-key error on the code only', () => {
    expect(
      isDuplicateShortCode({ code: 11000, message: 'E11000 duplicate key error index: shortCode_1' }),
    ).toBe(true);
    expect(isDuplicateShortCode({ code: 11000, message: 'E11000 duplicate key error index: _id_' })).toBe(
      false,
    );
    expect(isDuplicateShortCode(new Error('x'))).toBe(false);
  });
});
