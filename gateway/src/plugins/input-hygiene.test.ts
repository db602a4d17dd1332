import { describe, expect, it } from 'vitest';
import { badString, findBadInput } from './input-hygiene.ts';

describe('input hygiene', () => {
  it('refuses NUL and unpaired surrogates, keeps well-formed text', () => {
    expect(badString('a\u0000b')).toMatch(/NUL/);
    expect(badString('a\uD800')).toMatch(/surrogate/);
    expect(badString('\uDC00a')).toMatch(/surrogate/);
    expect(badString('pair \uD83D\uDE00 ü')).toBeNull();
  });

  it('walks nested variables, arrays and object keys, and names the path', () => {
    expect(findBadInput({ i: { tags: ['ok', 'b\u0000'] } }, '$')).toEqual({
      path: '$.i.tags[1]',
      reason: expect.stringMatching(/NUL/),
    });
    expect(findBadInput({ json: { ['k\uD800']: 1 } }, '$')).toEqual({
      path: '$.json',
      reason: expect.stringMatching(/surrogate/),
    });
    expect(findBadInput({ n: 1, b: true, s: 'fine', z: null }, '$')).toBeNull();
  });
});
