import { describe, expect, it } from 'vitest';
import { suggestChart } from './chart.ts';
import { createNl2Sql } from './engine.ts';
import { demoSourceSchema } from './test-support/schemas.ts';

describe('suggestChart', () => {
  it('draws a time series as a line', () => {
    const rows = [
      [new Date('2024-01-01'), 10n],
      [new Date('2024-02-01'), 12n],
    ];
    expect(
      suggestChart(
        [
          { name: 'month', type: 'TIMESTAMP' },
          { name: 'orders', type: 'BIGINT' },
        ],
        rows,
      ),
    ).toEqual({ type: 'line', x: 'month', y: ['orders'] });
    expect(
      suggestChart(
        [{ name: 'year' }, { name: 'revenue' }],
        [
          [2024, 1.5],
          [2025, 2.5],
        ],
      ),
    ).toEqual({ type: 'line', x: 'year', y: ['revenue'] });
  });

  it('draws categories as bars, a few shares as a pie', () => {
    expect(
      suggestChart(
        [
          { name: 'channel', type: 'VARCHAR' },
          { name: 'revenue', type: 'DOUBLE' },
        ],
        [
          ['web', 5],
          ['mobile', 3],
        ],
      ),
    ).toEqual({ type: 'bar', x: 'channel', y: ['revenue'] });
    expect(
      suggestChart(
        [{ name: 'channel' }, { name: 'share_of_revenue' }],
        [
          ['web', 0.6],
          ['mobile', 0.4],
        ],
      ),
    ).toEqual({ type: 'pie', x: 'channel', y: ['share_of_revenue'] });
  });

  it('shows one number as a big number and two numeric columns as a scatter', () => {
    expect(suggestChart([{ name: 'revenue', type: 'DECIMAL(18,2)' }], [[123.45]])).toEqual({
      type: 'bigNumber',
      x: null,
      y: ['revenue'],
    });
    expect(
      suggestChart(
        [{ name: 'price' }, { name: 'units' }],
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ),
    ).toEqual({ type: 'scatter', x: 'price', y: ['units'] });
  });

  it('falls back to a table, and suggests nothing for no rows', () => {
    expect(suggestChart([{ name: 'name' }, { name: 'email' }], [['a', 'b']])).toEqual({
      type: 'table',
      x: null,
      y: [],
    });
    expect(suggestChart([{ name: 'x' }], [])).toBeNull();
  });
});

describe('chart of a generated query', () => {
  const engine = createNl2Sql(demoSourceSchema());
  it.each([
    ['Revenue by quarter', { type: 'line', x: 'quarter', y: ['revenue'] }],
    ['Revenue by country', { type: 'bar', x: 'country', y: ['revenue'] }],
    ['Top 5 customers by number of orders', { type: 'bar', x: 'name', y: ['order_count'] }],
    ['What is the average order value?', { type: 'bigNumber', x: null, y: ['average_order_value'] }],
    ['Revenue by month and channel', { type: 'line', x: 'month', y: ['revenue'], series: 'channel' }],
  ])('%s', (question, chart) => {
    expect(engine.generate(question).chart).toEqual(chart);
  });
});
