import { CHART_TYPES, chartContent } from '@tessera/canvas-model';
import { describe, expect, it } from 'vitest';
import { chartFor, chartLabel, namedChartOf, withNamedChart } from './chart-choice.ts';

describe('namedChartOf', () => {
  it('reads the named type through canvas-model and gives the prompt back without it', () => {
    const donut = namedChartOf('show revenue by region as a donut');
    expect(donut?.type).toBe('donut');
    expect(donut?.rest.trim()).toBe('show revenue by region');
    expect(namedChartOf('box-plot of order value by region')).toMatchObject({ type: 'boxPlot' });
    expect(namedChartOf('revenue by region as a pivot table')).toMatchObject({ type: 'pivot' });
    expect(namedChartOf('revenue by month with a dual axis chart')).toMatchObject({ type: 'combo' });
    expect(namedChartOf('orders by status as a radar chart')).toBeNull();
    expect(namedChartOf('revenue by product line')).toBeNull();
  });
});

describe('chartFor', () => {
  const suggestion = { type: 'line' as const, x: 'month', y: ['revenue', 'orders'], series: 'segment' };
  it('builds content canvas-model accepts for every type it can draw from these columns', () => {
    for (const type of CHART_TYPES) {
      const choice = chartFor(type, suggestion);
      expect(choice.ok, type).toBe(true);
      if (choice.ok)
        expect(chartContent.safeParse({ sourceBlockId: 'b0', ...choice.content }).success, type).toBe(true);
    }
  });
  it("refuses what canvas-model refuses, naming the type's needs", () => {
    const one = { type: 'bar' as const, x: 'region', y: ['revenue'] };
    expect(chartFor('heatmap', one)).toEqual({
      ok: false,
      type: 'heatmap',
      problem: 'a heatmap needs two categories and a measure',
    });
    expect(chartFor('combo', one).ok).toBe(false);
    expect(chartFor('bubble', one).ok).toBe(false);
    expect(chartFor('funnel', { type: 'bigNumber', x: null, y: ['n'] }).ok).toBe(false);
  });
  it('labels read as words', () => {
    expect(chartLabel('stackedBar')).toBe('a stacked bar chart');
    expect(chartLabel('area')).toBe('an area chart');
    expect(chartLabel('boxPlot')).toBe('a box plot');
    expect(chartLabel('pivot')).toBe('a pivot table');
  });
});

describe('withNamedChart (generateSql)', () => {
  it('drops the chart words from the question and suggests the named type when it fits', () => {
    const charted = withNamedChart('stacked bar of revenue by month and segment');
    expect(charted.question).toBe('revenue by month and segment');
    expect(charted.chart({ type: 'line', x: 'month', y: ['revenue'], series: 'segment' })).toEqual({
      type: 'stackedBar',
      x: 'month',
      y: ['revenue'],
      series: 'segment',
    });
    // No series, one measure: canvas-model refuses a stacked bar, the suggestion stays.
    expect(charted.chart({ type: 'bar', x: 'region', y: ['revenue'] })).toMatchObject({ type: 'bar' });
    const plain = withNamedChart('revenue by region');
    expect(plain.question).toBe('revenue by region');
    expect(plain.chart(null)).toBeNull();
  });
});
