import { describe, expect, it } from 'vitest';
import { contentFromSpec, specFromContent } from './chart-content';

describe('CHART block content', () => {
  it('reads the template chart of the canvases service', () => {
    const content = { chartType: 'line', encodings: { x: { field: 'month', type: 'temporal' }, y: { field: 'revenue', type: 'quantitative' } }, aggregation: 'none' };
    expect(specFromContent(content)).toEqual({ type: 'line', x: 'month', y: ['revenue'], series: null });
  });

  it('round-trips every chart type, heatmap channels and big numbers included', () => {
    const specs = [
      { type: 'bar', x: 'c', y: ['a', 'b'], series: null },
      { type: 'heatmap', x: 'day', series: 'hour', y: ['orders'] },
      { type: 'number', x: null, y: ['revenue'], series: null },
      { type: 'histogram', x: 'amount', y: [], series: null, bins: 30 },
    ] as const;
    for (const spec of specs) expect(specFromContent(contentFromSpec({ ...spec, y: [...spec.y] }))).toEqual({ ...spec, y: [...spec.y] });
    expect(contentFromSpec({ type: 'number', y: ['revenue'] })).toMatchObject({ chartType: 'bigNumber', encodings: { y: { field: 'revenue' } } });
  });

  it('returns null for a block without a chart', () => {
    expect(specFromContent({ title: 'Chart' })).toBeNull();
  });
});
