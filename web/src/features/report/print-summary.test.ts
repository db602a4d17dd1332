import type { BlockJson } from '@tessera/canvas-model';
import { describe, expect, it } from 'vitest';
import { appliedFilters, formatFilterValue, printSpan, renderedAt } from './print-summary';

const filter = (id: string, content: Record<string, unknown>, y = 0): BlockJson => ({
  id,
  type: 'FILTER',
  position: { x: 0, y, w: 4, h: 2 },
  content,
});

const region = filter('f1', { parameter: 'region', kind: 'select', label: 'Region', default: 'EU' });
const period = filter('f2', { title: 'Order date', parameter: 'period', kind: 'dateRange' }, 2);
const channels = filter('f3', { parameter: 'channel', kind: 'multiSelect', default: [] }, 4);

describe('printed report header', () => {
  it('lists each filter with its locked value, else its default, and skips filters with no value', () => {
    expect(appliedFilters([region, period, channels], {})).toEqual([{ name: 'Region', value: 'EU' }]);
    expect(
      appliedFilters([region, period, channels], {
        region: 'US',
        period: { from: '2026-01-01', to: '2026-03-31' },
      }),
    ).toEqual([
      { name: 'Region', value: 'US' },
      { name: 'Order date', value: '2026-01-01 – 2026-03-31' },
    ]);
  });

  it('is empty ("none") when nothing applies, and names locks no block declares by parameter', () => {
    expect(appliedFilters([period, channels], {})).toEqual([]);
    expect(appliedFilters([], { tier: ['gold', 'silver'] })).toEqual([
      { name: 'tier', value: 'gold, silver' },
    ]);
  });

  it('formats ranges with open ends and clips long values', () => {
    expect(formatFilterValue({ min: 10, max: null })).toBe('10 – …');
    expect(formatFilterValue(true)).toBe('true');
    const long = formatFilterValue(Array.from({ length: 200 }, (_, i) => `value-${i}`));
    expect(long.length).toBe(200);
    expect(long.endsWith('…')).toBe(true);
  });

  it('widens narrow cards on paper: charts and tables to half a page, metrics and text to a third', () => {
    const card = (type: BlockJson['type'], span: number) => ({
      block: { id: 'b', type, position: { x: 0, y: 0, w: span, h: 4 }, content: {} } as BlockJson,
      span,
    });
    expect(printSpan(card('CHART', 3))).toBe(6);
    expect(printSpan(card('TABLE', 8))).toBe(8);
    expect(printSpan(card('METRIC', 2))).toBe(4);
    expect(printSpan(card('TEXT', 12))).toBe(12);
  });

  it('stamps the render time with its time zone', () => {
    expect(renderedAt(new Date('2026-12-06T09:41:00Z'), 'UTC')).toBe('6 Dec 2026, 09:41 UTC');
  });
});
