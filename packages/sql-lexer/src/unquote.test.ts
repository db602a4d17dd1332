import { describe, expect, it } from 'vitest';
import { unquote } from './unquote.ts';

describe('unquote', () => {
  it('strips the quotes and undoes doubled quotes', () => {
    expect(unquote('"a""b"', false)).toBe('a"b');
    expect(unquote('`a``b`', false)).toBe('a`b');
    expect(unquote('""', false)).toBe('');
  });

  it('undoes backslash escapes only when asked', () => {
    expect(unquote('"a\\"b"', true)).toBe('a"b');
    expect(unquote('"a\\\\b"', true)).toBe('a\\b');
    expect(unquote('"a\\b"', false)).toBe('a\\b');
  });
});
