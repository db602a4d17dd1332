import { describe, expect, it } from 'vitest';
import { compareResults, isOrderedReference, normalizeCell } from './compare.ts';

describe('compareResults', () => {
  const reference = {
    columns: ['name', 'n'],
    rows: [
      ['a', 3n],
      ['b', 2n],
      ['c', 1n],
    ],
  };

  it('tolerates extra columns and other column names and orders', () => {
    const generated = {
      columns: ['id', 'n_count', 'label'],
      rows: [
        [7, 2, 'b'],
        [8, 1, 'c'],
        [9, 3, 'a'],
      ],
    };
    expect(compareResults(reference, generated, { ordered: false })).toEqual({ match: true });
  });

  it('requires the row order when the reference ranks', () => {
    const generated = {
      columns: ['name', 'n'],
      rows: [
        ['b', 2],
        ['a', 3],
        ['c', 1],
      ],
    };
    expect(compareResults(reference, generated, { ordered: false }).match).toBe(true);
    expect(compareResults(reference, generated, { ordered: true }).match).toBe(false);
  });

  it('compares numbers to two decimals and dates by day', () => {
    expect(normalizeCell(1.004)).toBe(normalizeCell(1));
    expect(normalizeCell(1.006)).not.toBe(normalizeCell(1));
    expect(normalizeCell(5n)).toBe(normalizeCell(5));
    expect(normalizeCell(new Date('2024-03-01T00:00:00Z'))).toBe('d:2024-03-01');
  });

  it('rejects other row counts, missing values and values paired differently', () => {
    expect(
      compareResults(reference, { columns: ['name', 'n'], rows: [['a', 3]] }, { ordered: false }).reason,
    ).toMatch(/expected 3 rows, got 1/);
    expect(
      compareResults(
        reference,
        {
          columns: ['name', 'n'],
          rows: [
            ['a', 3],
            ['b', 2],
            ['c', 9],
          ],
        },
        { ordered: false },
      ).match,
    ).toBe(false);
    const swapped = {
      columns: ['name', 'n'],
      rows: [
        ['a', 2],
        ['b', 3],
        ['c', 1],
      ],
    };
    expect(compareResults(reference, swapped, { ordered: false })).toEqual({
      match: false,
      reason: 'same column values but paired differently',
    });
  });

  it('treats a reference with ORDER BY and LIMIT as ranked', () => {
    expect(isOrderedReference('SELECT a FROM t ORDER BY a DESC LIMIT 3')).toBe(true);
    expect(isOrderedReference('SELECT a, count(*) FROM t GROUP BY a')).toBe(false);
  });
});
