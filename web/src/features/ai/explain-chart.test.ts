import { describe, expect, it } from 'vitest';
import { describeChart } from './explain-chart';

const months = {
  columns: [{ name: 'month' }, { name: 'revenue' }],
  rows: [
    ['2025-01-01T00:00:00.000Z', 100],
    ['2025-02-01T00:00:00.000Z', 250.5],
    ['2025-03-01T00:00:00.000Z', 150],
  ],
};

describe('describeChart', () => {
  it('says what a line chart plots, its extremes, total and change', () => {
    expect(describeChart({ type: 'line', x: 'month', y: ['revenue'] }, months)).toBe(
      'A line chart of revenue by month, over 3 rows. revenue is highest at 2025-02-01 (250.5) and lowest at 2025-01-01 (100); together 500.5. From 2025-01-01 to 2025-03-01 it went from 100 to 150 (+50 %).',
    );
  });

  it('a single number, an empty result and a measure that is gone are said plainly', () => {
    expect(
      describeChart({ type: 'bigNumber', y: ['total'] }, { columns: [{ name: 'total' }], rows: [[42]] }),
    ).toBe('A single number showing total: 42 (the first row of 1).');
    expect(describeChart({ type: 'bar', x: 'month', y: ['revenue'] }, { ...months, rows: [] })).toMatch(
      /no rows to show/,
    );
    expect(describeChart({ type: 'bar', x: 'month', y: ['profit'] }, months)).toMatch(/not in the result/);
  });
});
