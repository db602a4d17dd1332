import { describe, expect, it } from 'vitest';
import { lineDiff, MAX_LINES } from './line-diff';

const show = (before: string, after: string) =>
  lineDiff(before, after).map((l) => `${l.kind === 'same' ? ' ' : l.kind === 'added' ? '+' : '-'}${l.text}`);

describe('lineDiff', () => {
  it('marks the changed line as removed then added, the rest unchanged', () => {
    expect(show('select a\nfrom t\nwhere x = 1', 'select a\nfrom t\nwhere x = 2')).toEqual([
      ' select a',
      ' from t',
      '-where x = 1',
      '+where x = 2',
    ]);
  });

  it('finds inserted and deleted lines in the middle', () => {
    expect(show('a\nb\nc\nd', 'a\nc\nx\nd')).toEqual([' a', '-b', ' c', '+x', ' d']);
  });

  it('handles empty sides and identical texts', () => {
    expect(show('', 'select 1')).toEqual(['-', '+select 1']);
    expect(show('same', 'same')).toEqual([' same']);
  });

  it('falls back to whole replacement past the line cap', () => {
    const big = Array.from({ length: MAX_LINES + 1 }, (_, i) => `l${i}`).join('\n');
    const diff = lineDiff(big, 'x');
    expect(diff.filter((l) => l.kind === 'removed')).toHaveLength(MAX_LINES + 1);
    expect(diff.at(-1)).toEqual({ kind: 'added', text: 'x' });
  });
});
