import { describe, expect, it } from 'vitest';
import {
  CHART_TYPES,
  chartContent,
  chartContentOf,
  chartTypeOf,
  chartViewOf,
  type ChartView,
} from './chart.ts';

describe('CHART content', () => {
  it('R15: chart types carry the API names; older spellings read as them', () => {
    expect(chartTypeOf('bigNumber')).toBe('bigNumber');
    for (const alias of ['number', 'big_number', 'BigNumber', 'big number', 'metric'])
      expect(chartTypeOf(alias)).toBe('bigNumber');
    expect(chartTypeOf('Bar')).toBe('bar');
    expect(chartTypeOf('sunburst')).toBeNull();
    expect(chartTypeOf(42)).toBeNull();
  });

  it('R15: at least 16 types; every API name reads as itself and the usual spellings as it', () => {
    expect(CHART_TYPES.length).toBeGreaterThanOrEqual(16);
    for (const type of CHART_TYPES) expect(chartTypeOf(type)).toBe(type);
    const aliases: [string, string][] = [
      ['stacked_bar', 'stackedBar'],
      ['Grouped Bar', 'groupedBar'],
      ['horizontal-bar', 'horizontalBar'],
      ['stacked area', 'stackedArea'],
      ['box plot', 'boxPlot'],
      ['doughnut', 'donut'],
      ['pivot_table', 'pivot'],
      ['bar+line', 'combo'],
      ['column', 'bar'],
    ];
    for (const [alias, type] of aliases) expect(chartTypeOf(alias)).toBe(type);
  });

  it('R15: validates each type’s encodings; a type needing a second measure says so', () => {
    const ok = (content: unknown) =>
      chartContent.safeParse({ sourceBlockId: 's1', ...(content as object) }).success;
    const issues = (content: unknown) => {
      const r = chartContent.safeParse({ sourceBlockId: 's1', ...(content as object) });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    };
    expect(ok({ chartType: 'combo', encodings: { x: 'm', y: ['a', 'b'] } })).toBe(true);
    expect(issues({ chartType: 'combo', encodings: { x: 'm', y: 'a' } })).toEqual([
      'encodings.y needs a second measure for a combo chart: [bars, line]',
    ]);
    expect(issues({ chartType: 'bubble', encodings: { x: 'a', y: 'b' } })).toEqual([
      'encodings.size is required for a bubble chart',
    ]);
    expect(issues({ chartType: 'stackedBar', encodings: { x: 'a', y: 'b' } })[0]).toMatch(/^encodings.color/);
    expect(ok({ chartType: 'stackedBar', encodings: { x: 'a', y: 'b', color: 'c' } })).toBe(true);
    expect(ok({ sourceBlockId: 's1', chartType: 'boxPlot', encodings: { y: 'v' } })).toBe(true);
    expect(issues({ sourceBlockId: 's1', chartType: 'box plot', encodings: { y: 'v' } })[0]).toMatch(
      /^chartType must be one of/,
    );
    expect(issues({ chartType: 'pie', encodings: { x: 'a', y: 'b' }, options: { topN: 0 } })[0]).toMatch(
      /^options.topN/,
    );
    expect(
      issues({ chartType: 'bar', encodings: { x: 'a', y: 'b' }, options: { format: 'roman' } })[0],
    ).toMatch(/^options.format/);
  });

  it('R16: reads the template chart of the canvases service', () => {
    const content = {
      chartType: 'line',
      encodings: { x: { field: 'month', type: 'temporal' }, y: { field: 'revenue', type: 'quantitative' } },
      aggregation: 'none',
    };
    expect(chartViewOf(content)).toEqual({ type: 'line', x: 'month', y: ['revenue'], series: null });
  });

  it('R16: round-trips every chart type, heatmap channels and big numbers included', () => {
    const views: ChartView[] = [
      { type: 'bar', x: 'c', y: ['a', 'b'], series: null },
      { type: 'heatmap', x: 'day', series: 'hour', y: ['orders'] },
      { type: 'bigNumber', x: null, y: ['revenue'], series: null },
      { type: 'histogram', x: 'amount', y: [], series: null, bins: 30 },
      { type: 'bubble', x: 'a', y: ['b'], series: 'c', size: 'd' },
      {
        type: 'combo',
        x: 'month',
        y: ['revenue', 'orders'],
        series: null,
        options: { format: 'currency', yTitle: 'Revenue', y2Title: 'Orders', sort: 'label', topN: 12 },
      },
    ];
    for (const view of views) expect(chartViewOf(chartContentOf(view))).toEqual(view);
    expect(chartContentOf({ type: 'bigNumber', y: ['revenue'] })).toMatchObject({
      chartType: 'bigNumber',
      encodings: { y: { field: 'revenue' } },
    });
  });

  it('R15/R16: charts stored before the new types read as before', () => {
    expect(chartViewOf({ chartType: 'number', encodings: { y: 'revenue' } })).toEqual({
      type: 'bigNumber',
      x: null,
      y: ['revenue'],
      series: null,
    });
    expect(chartViewOf({ chartType: 'pie', encodings: { x: 'c', y: 'v' }, options: { bins: 3 } })).toEqual({
      type: 'pie',
      x: 'c',
      y: ['v'],
      series: null,
      bins: 3,
    });
    // an invalid stored option is dropped, not thrown
    expect(chartViewOf({ chartType: 'bar', encodings: { x: 'c', y: 'v' }, options: { topN: -1 } })).toEqual({
      type: 'bar',
      x: 'c',
      y: ['v'],
      series: null,
    });
  });

  it('R16: a block without a chart has no view', () => {
    expect(chartViewOf({ title: 'Chart' })).toBeNull();
  });
});
