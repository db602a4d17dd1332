import { describe, expect, it } from 'vitest';
import type { BlockJson } from './document/types.ts';
import { bindingBlock, bindingsIn, parseBinding, resultBlockOf } from './index.ts';

const at = { x: 0, y: 0, w: 1, h: 1 };
const sales: BlockJson = {
  id: 'b1',
  type: 'SQL',
  position: at,
  content: { title: 'Sales by month', sql: 'select 1' },
};
const named: BlockJson = {
  id: 'b2',
  type: 'SQL',
  position: at,
  content: { name: 'totals', sql: 'select 2' },
};
const metric: BlockJson = {
  id: 'm1',
  type: 'METRIC',
  position: at,
  content: { sourceBlockId: 'b2', field: 'revenue' },
};
const blocks = [sales, named, metric];

describe('bindings', () => {
  it('R18: reads {{parameter}} and {{block.field}}; anything else is invalid', () => {
    expect(bindingsIn('Total {{b1.revenue}} in {{ region }}, {{ not a binding }}, {{a.b.c}}')).toEqual([
      { kind: 'block', text: '{{b1.revenue}}', ref: 'b1', field: 'revenue' },
      { kind: 'parameter', text: '{{ region }}', name: 'region' },
      { kind: 'invalid', text: '{{ not a binding }}' },
      { kind: 'block', text: '{{a.b.c}}', ref: 'a', field: 'b.c' },
    ]);
    expect(parseBinding('totals.orders')).toMatchObject({ kind: 'block', ref: 'totals', field: 'orders' });
  });

  it('R19: a binding names a block by id, by name or by title slug', () => {
    expect(bindingBlock('b1', blocks)).toBe(sales);
    expect(bindingBlock('totals', blocks)).toBe(named);
    expect(bindingBlock('sales_by_month', blocks)).toBe(sales);
    expect(bindingBlock('nope', blocks)).toBeNull();
    const chart: BlockJson = {
      id: 'c1',
      type: 'CHART',
      position: at,
      content: { title: 'Totals', sourceBlockId: 'b1' },
    };
    expect(bindingBlock('totals', [chart, ...blocks])).toBe(named);
  });

  it('R19: a result-backed block binds to the result of the SQL block it reads', () => {
    expect(resultBlockOf(metric, blocks)).toBe(named);
    expect(resultBlockOf(sales, blocks)).toBe(sales);
    expect(resultBlockOf({ ...metric, content: {} }, blocks)).toBeNull();
  });
});
