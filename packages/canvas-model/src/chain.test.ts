import { describe, expect, it } from 'vitest';
import {
  blockReferencesIn,
  blocksReading,
  chainDependents,
  chainParametersIn,
  chainPlan,
  chainReadsOf,
  MAX_CHAIN_DEPTH,
  referenceUpdatesForRename,
  renameBlockReferences,
  withResultTables,
} from './chain.ts';
import type { BlockJson } from './document/types.ts';

const at = { x: 0, y: 0, w: 4, h: 4 };
const sql = (id: string, name: string, text: string): BlockJson =>
  ({
    id,
    type: 'SQL',
    position: at,
    content: { name, title: name, dataSourceId: 'd', sql: text },
  }) as BlockJson;
const catRev = sql(
  'a',
  'cat_rev',
  'SELECT category, sum(x) AS rev FROM orders WHERE region = {{region}} GROUP BY 1',
);
const targets = sql('b', 'targets', 'SELECT * FROM targets');
const joined = sql(
  'c',
  'joined',
  'SELECT * FROM {{cat_rev}} c JOIN {{ targets }} t USING (category) -- {{gone}}',
);
const filter = {
  id: 'f',
  type: 'FILTER',
  position: at,
  content: { label: 'Region', name: 'region_filter', parameter: 'region', kind: 'select' },
} as BlockJson;
const canvas = [catRev, targets, joined, filter];

describe('chained SQL [R33]', () => {
  it('reads a {{name}} that names an SQL block as a table, any other as a parameter', () => {
    expect(chainReadsOf(joined, canvas)).toEqual({ blocks: ['cat_rev', 'targets'], parameters: [] });
    expect(chainReadsOf(catRev, canvas)).toEqual({ blocks: [], parameters: ['region'] });
    // A FILTER's name is not a table; placeholders in strings and comments are not read.
    expect(blockReferencesIn("SELECT {{region_filter}}, '{{cat_rev}}'", canvas)).toEqual([]);
    expect(chainParametersIn("SELECT {{region_filter}}, '{{cat_rev}}'", canvas)).toEqual(['region_filter']);
  });

  it('lists who uses a block', () => {
    expect(blocksReading('cat_rev', canvas)).toEqual(['joined']);
    expect(blocksReading('joined', canvas)).toEqual([]);
  });

  it('turns block references into quoted table names, leaving parameters', () => {
    expect(withResultTables('SELECT * FROM {{cat_rev}} WHERE x = {{region}}', canvas)).toBe(
      'SELECT * FROM "cat_rev" WHERE x = {{region}}',
    );
  });
});

describe('chain plans [R34]', () => {
  it('orders upstream blocks first, each once', () => {
    const top = sql('d', 'top', 'SELECT * FROM {{joined}} JOIN {{cat_rev}} USING (category)');
    const plan = chainPlan(top, [...canvas, top]);
    expect(plan.ok && plan.order.map((b) => b.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('names every block of a cycle', () => {
    const x = sql('x', 'x_block', 'SELECT * FROM {{y_block}}');
    const y = sql('y', 'y_block', 'SELECT * FROM {{z_block}}');
    const z = sql('z', 'z_block', 'SELECT * FROM {{x_block}}');
    expect(chainPlan(x, [x, y, z])).toEqual({
      ok: false,
      reason: 'cycle',
      blocks: ['x_block', 'y_block', 'z_block'],
    });
    const self = sql('s', 'self', 'SELECT * FROM {{self}}');
    expect(chainPlan(self, [self])).toEqual({ ok: false, reason: 'cycle', blocks: ['self'] });
  });

  it('refuses a chain deeper than the limit [R35]', () => {
    const chain = Array.from({ length: MAX_CHAIN_DEPTH + 2 }, (_, i) =>
      sql(`b${i}`, `b${i}`, i === 0 ? 'SELECT 1' : `SELECT * FROM {{b${i - 1}}}`),
    );
    const plan = chainPlan(chain.at(-1)!, chain);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reason).toBe('depth');
    expect(chainPlan(chain.at(-2)!, chain).ok).toBe(true);
  });
});

describe('renames [R35]', () => {
  it('rewrites the references to a renamed block, not strings or other names', () => {
    expect(
      renameBlockReferences("SELECT '{{cat_rev}}' FROM {{ cat_rev }} JOIN {{cat_rev_2}}", 'cat_rev', 'rev'),
    ).toBe("SELECT '{{cat_rev}}' FROM {{rev}} JOIN {{cat_rev_2}}");
    expect(referenceUpdatesForRename('cat_rev', 'revenue', canvas)).toEqual([
      { id: 'c', sql: 'SELECT * FROM {{revenue}} c JOIN {{ targets }} t USING (category) -- {{gone}}' },
    ]);
    expect(referenceUpdatesForRename('nope', 'revenue', canvas)).toEqual([]);
  });
});

describe('dependents [R36]', () => {
  it('lists every block downstream of a block once, each after the blocks it reads', () => {
    const top = sql('d', 'top', 'SELECT * FROM {{joined}} JOIN {{cat_rev}} USING (category)');
    const side = sql('e', 'side', 'SELECT * FROM {{targets}}');
    const blocks = [top, catRev, targets, joined, side, filter];
    expect(chainDependents('cat_rev', blocks).map((b) => b.id)).toEqual(['c', 'd']);
    expect(chainDependents('targets', blocks).map((b) => b.id)).toEqual(['c', 'e', 'd']);
    expect(chainDependents('top', blocks)).toEqual([]);
  });

  it('leaves out blocks in a cycle', () => {
    const a = sql('x', 'a', 'SELECT * FROM {{b}} JOIN {{cat_rev}} USING (category)');
    const b = sql('y', 'b', 'SELECT * FROM {{a}}');
    expect(chainDependents('cat_rev', [catRev, a, b])).toEqual([]);
  });
});
