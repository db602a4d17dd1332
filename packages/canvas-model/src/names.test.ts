import { describe, expect, it } from 'vitest';
import {
  aggregateMetric,
  blockNameIssue,
  blockNameOf,
  checkBlockContent,
  copyTitle,
  duplicateOf,
  metricAggregateOf,
  newBlockOf,
  uniqueBlockName,
  type BlockJson,
} from './index.ts';

const at = { x: 2, y: 3, w: 5, h: 7 };
const block = (id: string, type: BlockJson['type'], content: Record<string, unknown>): BlockJson => ({
  id,
  type,
  position: at,
  content,
});

describe('block names', () => {
  it('R30: a name is content.name, else the title as a name, else the kind', () => {
    expect(blockNameOf(block('a', 'SQL', { name: 'sales', title: 'Other' }))).toBe('sales');
    expect(blockNameOf(block('a', 'SQL', { name: 'Not A Name', title: 'Revenue by month' }))).toBe(
      'revenue_by_month',
    );
    expect(blockNameOf(block('a', 'CHART', { title: '2024 sales' }))).toBe('_2024_sales');
    expect(blockNameOf(block('a', 'FILTER', { label: 'Region' }))).toBe('region');
    expect(blockNameOf(block('a', 'TEXT', { markdown: '' }))).toBe('text');
  });

  it('R30: names are unique per canvas; generated ones take the first free suffix', () => {
    const blocks = [block('a', 'SQL', { title: 'Sales' }), block('b', 'SQL', { name: 'sales_2' })];
    expect(uniqueBlockName('sales', blocks)).toBe('sales_3');
    expect(uniqueBlockName('sales', blocks, 'a')).toBe('sales');
    expect(uniqueBlockName('orders', blocks)).toBe('orders');
    expect(blockNameIssue('sales_2', blocks, 'a')).toMatch(/already named sales_2/);
    expect(blockNameIssue('sales', blocks, 'a')).toBeNull();
    expect(blockNameIssue('Sales', blocks, 'a')).toMatch(/lower-case/);
    expect(blockNameIssue('1sales', blocks, 'a')).toMatch(/lower-case/);
  });
});

describe('duplicates', () => {
  it('R31: a copy keeps type, size and content, with a copy title and a unique name', () => {
    const original = block('a', 'SQL', {
      title: 'Sales',
      dataSourceId: 'd',
      sql: 'select 1',
      runSql: 'select 1',
    });
    const copy = duplicateOf(original, [original]);
    expect(copy.type).toBe('SQL');
    expect(copy.size).toEqual({ w: 5, h: 7 });
    expect(copy.content).toMatchObject({
      title: 'Sales (copy)',
      name: 'sales_2',
      sql: 'select 1',
      dataSourceId: 'd',
    });
    expect(checkBlockContent('SQL', copy.content, [original]).ok).toBe(true);
    const second = duplicateOf(original, [original, block('b', 'SQL', copy.content)]);
    expect(second.content).toMatchObject({ title: 'Sales (copy 2)', name: 'sales_3' });
    expect(copyTitle('Sales (copy)', [block('b', 'SQL', { title: 'Sales (copy)' })])).toBe('Sales (copy 2)');
    expect(original.content.title).toBe('Sales');
  });

  it('R31 R17: a duplicated FILTER provides a parameter of its own', () => {
    const filter = block('f', 'FILTER', { parameter: 'region', kind: 'select', label: 'Region' });
    const copy = duplicateOf(filter, [filter]);
    expect(copy.content.parameter).toBe('region_1');
    expect(copy.content.title).toBe('Region (copy)');
  });
});

describe('metric aggregates', () => {
  it('R32: a new METRIC shows a total; one written before R32 reads the first row', () => {
    expect(newBlockOf('METRIC', { blocks: [], dataSources: [] }).content.aggregate).toBe('sum');
    expect(metricAggregateOf({})).toBe('first');
    expect(metricAggregateOf({ aggregate: 'avg' })).toBe('avg');
    const source = { id: 's', type: 'SQL' as const, position: at, content: { dataSourceId: 'd', sql: '' } };
    const checked = checkBlockContent('METRIC', { sourceBlockId: 's', field: 'f', aggregate: 'median' }, [
      source,
    ]);
    expect(checked.ok ? [] : checked.issues.map((i) => i.field)).toEqual(['content.aggregate']);
    expect(
      checkBlockContent('METRIC', { sourceBlockId: 's', field: 'f', aggregate: 'avg' }, [source]).ok,
    ).toBe(true);
  });

  it('R32: aggregates fold the numbers of every row, skipping non-numbers', () => {
    const values = [4, null, 6, 2];
    expect(aggregateMetric(values, 'sum')).toBe(12);
    expect(aggregateMetric(values, 'avg')).toBe(4);
    expect(aggregateMetric(values, 'min')).toBe(2);
    expect(aggregateMetric(values, 'max')).toBe(6);
    expect(aggregateMetric(values, 'count')).toBe(3);
    expect(aggregateMetric(values, 'first')).toBe(4);
    expect(aggregateMetric([], 'sum')).toBeNull();
  });
});
