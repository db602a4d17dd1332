import { describe, expect, it } from 'vitest';
import {
  bigNumber,
  columnKind,
  defaultSpec,
  expectedMarks,
  heatmapCells,
  histogramBins,
  pieSlices,
  resolveSpec,
  seriesPoints,
} from './transforms';
import type { ChartData } from './types';

const monthly: ChartData = {
  columns: [
    { name: 'month', type: 'TIMESTAMP' },
    { name: 'channel', type: 'VARCHAR' },
    { name: 'revenue', type: 'DECIMAL(38,2)' },
  ],
  rows: [
    ['2025-01-01T00:00:00.000Z', 'web', 100],
    ['2025-01-01T00:00:00.000Z', 'mobile', '50.5'],
    ['2025-02-01T00:00:00.000Z', 'web', 120],
    ['2025-02-01T00:00:00.000Z', 'mobile', null],
  ],
};

describe('chart transforms', () => {
  it('classifies columns from engine types and values', () => {
    expect([0, 1, 2].map((i) => columnKind(monthly, i))).toEqual(['time', 'category', 'number']);
    expect(columnKind({ columns: [{ name: 'd', type: 'unknown' }], rows: [['2025-01-01']] }, 0)).toBe('time');
  });

  it('chooses encodings from the columns: time on x, measure on y, a category as series', () => {
    expect(defaultSpec('bar', monthly)).toEqual({
      type: 'bar',
      x: 'month',
      y: ['revenue'],
      series: 'channel',
    });
    expect(defaultSpec('pie', monthly)).toMatchObject({ x: 'channel', y: ['revenue'] });
    expect(defaultSpec('histogram', monthly)).toMatchObject({ x: 'revenue' });
  });

  it('builds long-format points, skipping nulls, sorted by time', () => {
    const { points, series, xKind } = seriesPoints(monthly, defaultSpec('line', monthly));
    expect(xKind).toBe('time');
    expect(series).toEqual(['web', 'mobile']);
    expect(points).toHaveLength(3);
    expect(points[1]).toMatchObject({ y: 50.5, series: 'mobile' });
  });

  it('repairs a stored spec whose columns no longer exist', () => {
    expect(resolveSpec({ type: 'bar', x: 'gone', y: ['gone'] }, monthly)).toMatchObject({
      x: 'month',
      y: ['revenue'],
    });
  });

  it('bins equal-width with every value counted once', () => {
    const bins = histogramBins([0, 1, 2, 3, 4, 5, 6, 7, 8, 10], 5);
    expect(bins).toHaveLength(5);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(10);
    expect(bins[4]).toMatchObject({ x1: 10, count: 2 });
    expect(histogramBins([3, 3], 10)).toEqual([{ x0: 3, x1: 4, count: 2 }]);
  });

  it('folds the pie tail into Other and sums heatmap cells', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`c${i}`, 12 - i]);
    const data: ChartData = {
      columns: [
        { name: 'c', type: 'VARCHAR' },
        { name: 'v', type: 'INTEGER' },
      ],
      rows,
    };
    const slices = pieSlices(data, { type: 'pie', x: 'c', y: ['v'] });
    expect(slices).toHaveLength(8);
    expect(slices[7]).toEqual({ label: 'Other', value: 5 + 4 + 3 + 2 + 1 });
    const heat = heatmapCells(monthly, { type: 'heatmap', x: 'month', series: 'channel', y: ['revenue'] });
    expect(heat.columns).toEqual(['2025-01-01', '2025-02-01']);
    expect(heat.cells).toHaveLength(3);
  });

  it('big number with a time x: the latest value, the one before, and the trend', () => {
    const data: ChartData = {
      columns: [
        { name: 'month', type: 'DATE' },
        { name: 'revenue', type: 'INTEGER' },
        { name: 'target', type: 'INTEGER' },
      ],
      rows: [
        ['2025-03-01', 30, 40],
        ['2025-01-01', 10, 20],
        ['2025-02-01', 20, 25],
      ],
    };
    const latest = bigNumber(data, { type: 'bigNumber', x: 'month', y: ['revenue'] });
    expect(latest).toMatchObject({ value: 30, previous: 20, comparison: 'previous' });
    expect(latest.trend.map((t) => t.y)).toEqual([10, 20, 30]);
    expect(bigNumber(data, { type: 'bigNumber', x: 'month', y: ['revenue', 'target'] })).toMatchObject({
      value: 30,
      previous: 40,
      comparison: 'target',
    });
  });

  it('counts the marks each chart draws', () => {
    expect(expectedMarks(monthly, { type: 'bar', x: 'month', y: ['revenue'], series: 'channel' })).toBe(3);
    expect(expectedMarks(monthly, { type: 'bigNumber', y: ['revenue'] })).toBe(1);
    expect(bigNumber(monthly, { type: 'bigNumber', y: ['revenue'] })).toMatchObject({
      value: 100,
      previous: 50.5,
      comparison: 'previous',
      label: 'revenue',
      trend: [],
    });
  });
});
