import { describe, expect, it } from 'vitest';
import {
  alignToBars,
  boxGroups,
  boxStats,
  funnelSteps,
  pivotTable,
  quantile,
  sortAndTopN,
  stackPoints,
} from './aggregate';
import type { Point } from './transforms';
import type { ChartData } from './types';

const p = (x: string, y: number, series = 'v'): Point => ({ x, y, series, key: x });

const sales: ChartData = {
  columns: [
    { name: 'region', type: 'VARCHAR' },
    { name: 'channel', type: 'VARCHAR' },
    { name: 'revenue', type: 'INTEGER' },
  ],
  rows: [
    ['North', 'web', 10],
    ['North', 'store', 5],
    ['South', 'web', 7],
    ['East', 'store', 3],
    ['West', 'web', 1],
    ['North', 'web', 2],
  ],
};

describe('sorting and top-N', () => {
  const points = [p('b', 1), p('a', 5), p('c', 3), p('d', 2), p('e', 4)];

  it('sorts categories by label or by total, both directions', () => {
    expect(sortAndTopN(points, { sort: 'label' }).map((q) => q.x)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sortAndTopN(points, { sort: 'descending' }).map((q) => q.x)).toEqual(['a', 'e', 'c', 'd', 'b']);
    expect(sortAndTopN(points, { sort: 'ascending' }).map((q) => q.x)).toEqual(['b', 'd', 'c', 'e', 'a']);
    expect(sortAndTopN(points, undefined)).toEqual(points);
  });

  it('keeps the N-1 largest categories and folds the rest into "Other" per series, totals unchanged', () => {
    const top = sortAndTopN(points, { topN: 3, sort: 'descending' });
    expect(top.map((q) => [q.x, q.y])).toEqual([
      ['a', 5],
      ['e', 4],
      ['Other', 3 + 2 + 1],
    ]);
    expect(top[2]!.key).toBe('');
    const two = sortAndTopN([p('a', 5, 's1'), p('a', 1, 's2'), p('b', 2, 's1'), p('c', 1, 's2')], {
      topN: 2,
    });
    expect(two.filter((q) => q.x === 'Other').map((q) => [q.series, q.y])).toEqual([
      ['s1', 2],
      ['s2', 1],
    ]);
    const sum = (ps: Point[]) => ps.reduce((s, q) => s + q.y, 0);
    expect(sum(top)).toBe(sum(points));
  });

  it('folds a combo line onto the bars’ categories, its rest into the same Other', () => {
    const bars = sortAndTopN([p('a', 9), p('b', 1), p('c', 5)], { topN: 2 });
    const line = alignToBars([p('a', 1, 'n'), p('b', 7, 'n'), p('c', 2, 'n')], bars);
    expect(line.map((q) => [q.x, q.y])).toEqual([
      ['a', 1],
      ['Other', 7 + 2],
    ]);
  });

  it('leaves time axes in time order', () => {
    const dated: Point[] = [{ x: new Date(2), y: 1, series: '', key: '2' }];
    expect(sortAndTopN(dated, { sort: 'descending', topN: 1 })).toEqual(dated);
  });
});

describe('stacking', () => {
  it('stacks series per x in series order, negatives below zero', () => {
    const stacked = stackPoints(
      [p('a', 2, 's1'), p('a', 3, 's2'), p('a', -1, 's3'), p('b', 4, 's2')],
      ['s1', 's2', 's3'],
    );
    expect(stacked.map((q) => [q.y0, q.y1])).toEqual([
      [0, 2],
      [2, 5],
      [-1, 0],
      [0, 4],
    ]);
  });
});

describe('box plot', () => {
  it('computes quartiles by linear interpolation and whiskers within 1.5 IQR', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    const box = boxStats([1, 2, 3, 4, 5, 6, 7, 8, 100])!;
    expect([box.q1, box.median, box.q3]).toEqual([3, 5, 7]);
    expect([box.low, box.high]).toEqual([1, 8]);
    expect(box.outliers).toEqual([100]);
    expect(boxStats([])).toBeNull();
  });

  it('groups raw rows per category', () => {
    const boxes = boxGroups(sales, {
      type: 'boxPlot',
      x: 'region',
      y: ['revenue'],
      options: { sort: 'label' },
    });
    expect(boxes.map((b) => [b.group, b.n, b.median])).toEqual([
      ['East', 1, 3],
      ['North', 3, 5],
      ['South', 1, 7],
      ['West', 1, 1],
    ]);
  });
});

describe('funnel and pivot', () => {
  it('sums funnel steps in order with conversion rates', () => {
    const steps = funnelSteps(
      {
        columns: [
          { name: 'step', type: 'VARCHAR' },
          { name: 'n', type: 'INTEGER' },
        ],
        rows: [
          ['visit', 1000],
          ['cart', 400],
          ['paid', 100],
          ['cart', 100],
        ],
      },
      { type: 'funnel', x: 'step', y: ['n'] },
    );
    expect(steps.map((s) => [s.label, s.value, s.ofFirst, s.ofPrevious])).toEqual([
      ['visit', 1000, 1, 1],
      ['cart', 500, 0.5, 0.5],
      ['paid', 100, 0.1, 0.2],
    ]);
  });

  it('pivots rows × columns with row, column and grand totals', () => {
    const pivot = pivotTable(sales, { type: 'pivot', x: 'region', series: 'channel', y: ['revenue'] });
    expect(pivot.rows.map((r) => r.label)).toEqual(['North', 'South', 'East', 'West']);
    expect(pivot.columns.map((c) => c.label)).toEqual(['web', 'store']);
    expect(pivot.cells).toEqual([
      [12, 5],
      [7, null],
      [null, 3],
      [1, null],
    ]);
    expect(pivot.rowTotals).toEqual([17, 7, 3, 1]);
    expect(pivot.columnTotals).toEqual([20, 8]);
    expect(pivot.total).toBe(28);
  });

  it('folds pivot rows beyond top-N into Other, keeping the grand total', () => {
    const pivot = pivotTable(sales, {
      type: 'pivot',
      x: 'region',
      series: 'channel',
      y: ['revenue'],
      options: { topN: 2, sort: 'descending' },
    });
    expect(pivot.rows.map((r) => r.label)).toEqual(['North', 'Other']);
    expect(pivot.rowTotals).toEqual([17, 11]);
    expect(pivot.total).toBe(28);
  });
});
