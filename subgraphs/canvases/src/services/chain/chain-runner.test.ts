import type { BlockJson } from '@tessera/canvas-model';
import { describe, expect, it } from 'vitest';
import { compileChain } from './chain-runner.ts';

const at = { x: 0, y: 0, w: 4, h: 4 };
const sql = (id: string, name: string, text: string, dataSourceId?: string): BlockJson => ({
  id,
  type: 'SQL',
  position: at,
  content: { name, sql: text, ...(dataSourceId ? { dataSourceId } : {}) },
});
const daily = sql('a', 'daily', 'SELECT day, sum(x) AS x FROM t WHERE r = {{region}} GROUP BY 1;', 'demo');
const orders = sql('b', 'orders', 'SELECT day, count(*) AS n FROM o -- all orders', 'demo');
const joined = sql(
  'c',
  'joined',
  'WITH j AS (SELECT * FROM {{daily}} JOIN {{orders}} USING (day)) SELECT * FROM j',
);
const blocks = [daily, orders, joined];
const region = () => ({ region: 'EU' });

describe('compileChain (canvas-model R36)', () => {
  it('turns a chain on one source into one statement, each upstream block a CTE named after it', () => {
    expect(compileChain([daily, orders, joined], blocks, region)).toEqual({
      dataSourceId: 'demo',
      sql: [
        'WITH "daily" AS (',
        'SELECT day, sum(x) AS x FROM t WHERE r = {{region}} GROUP BY 1',
        '),',
        '"orders" AS (',
        'SELECT day, count(*) AS n FROM o -- all orders',
        '),',
        ' j AS (SELECT * FROM "daily" JOIN "orders" USING (day)) SELECT * FROM j',
      ].join('\n'),
      parameters: { region: 'EU' },
    });
  });

  it('does not compile across sources, nor when blocks read one parameter with different values', () => {
    const elsewhere = { ...orders, content: { ...orders.content, dataSourceId: 'file' } };
    expect(compileChain([daily, elsewhere, joined], [daily, elsewhere, joined], region)).toBeNull();
    const both = sql('d', 'both', 'SELECT * FROM {{daily}} WHERE r = {{region}}');
    const perBlock = (b: BlockJson) => ({ region: b.id === 'a' ? 'EU' : 'US' });
    expect(compileChain([daily, both], [daily, both], perBlock)).toBeNull();
    expect(compileChain([daily, both], [daily, both], region)?.sql).toBe(
      'WITH "daily" AS (\nSELECT day, sum(x) AS x FROM t WHERE r = {{region}} GROUP BY 1\n)\nSELECT * FROM "daily" WHERE r = {{region}}',
    );
  });
});
