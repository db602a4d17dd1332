import { describe, expect, it } from 'vitest';
import { chartContentOf, chartTypeOf, chartViewOf, type ChartView } from './chart.ts';

describe('CHART content', () => {
  it('R15: chart types carry the API names; older spellings read as them', () => {
    expect(chartTypeOf('bigNumber')).toBe('bigNumber');
    for (const alias of ['number', 'big_number', 'BigNumber', 'big number', 'metric'])
      expect(chartTypeOf(alias)).toBe('bigNumber');
    expect(chartTypeOf('Bar')).toBe('bar');
    expect(chartTypeOf('donut')).toBeNull();
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
    ];
    for (const view of views) expect(chartViewOf(chartContentOf(view))).toEqual(view);
    expect(chartContentOf({ type: 'bigNumber', y: ['revenue'] })).toMatchObject({
      chartType: 'bigNumber',
      encodings: { y: { field: 'revenue' } },
    });
  });

  it('R16: a block without a chart has no view', () => {
    expect(chartViewOf({ title: 'Chart' })).toBeNull();
  });
});
