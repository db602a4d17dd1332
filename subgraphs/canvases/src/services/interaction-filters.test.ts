import { describe, expect, it } from 'vitest';
import {
  MAX_INTERACTIONS,
  applyInteractions,
  filtersReading,
  interactionQuery,
  parseInteractions,
} from './interaction-filters.ts';
import type { QueryRunJson, RunChain } from '../clients/queries-client.ts';

const run = (columns: string[], rows: unknown[][]): QueryRunJson => ({
  id: 'run-1',
  status: 'SUCCEEDED',
  columns: columns.map((name) => ({ name, type: 'VARCHAR' })),
  rows,
  rowCount: rows.length,
  truncated: false,
  cached: false,
  durationMs: 1,
  error: null,
});

describe('interaction filters (cross-filter)', () => {
  it('accepts at most 8 { field, value } with scalar values', () => {
    expect(parseInteractions(null)).toEqual([]);
    expect(parseInteractions([{ field: 'category', value: 'Books' }])).toEqual([
      { field: 'category', value: 'Books' },
    ]);
    const tooMany = Array.from({ length: MAX_INTERACTIONS + 1 }, () => ({ field: 'a', value: 1 }));
    expect(() => parseInteractions(tooMany)).toThrow(/At most 8/);
    expect(() => parseInteractions({ field: 'a' })).toThrow(/list/);
    expect(() => parseInteractions([{ field: '', value: 1 }])).toThrow(/column name/);
    expect(() => parseInteractions([{ field: 'a', value: { nested: 1 } }])).toThrow(/string, a number/);
    expect(() => parseInteractions([{ field: 'a', value: 'x'.repeat(1001) }])).toThrow(/1000/);
    try {
      parseInteractions('nope');
    } catch (error) {
      expect((error as { code: string }).code).toBe('BAD_USER_INPUT');
    }
  });

  it('quotes the field as an identifier and binds the value', () => {
    const q = interactionQuery('result', [
      { field: 'we"ird', value: 'Books' },
      { field: 'region', value: null },
    ]);
    expect(q.sql).toBe(
      'SELECT * FROM "result" WHERE CAST("we""ird" AS VARCHAR) = {{xf_0}} AND "region" IS NULL',
    );
    expect(q.parameters).toEqual({ xf_0: 'Books' });
  });

  it('a block reads only the fields its result has', () => {
    const filters = [
      { field: 'category', value: 'Books' },
      { field: 'region', value: 'EU' },
    ];
    expect(filtersReading(run(['category', 'revenue'], []), filters)).toEqual([filters[0]]);
  });

  it('leaves a result that reads no filter alone and narrows one that does', async () => {
    const calls: Parameters<RunChain>[0][] = [];
    const runChain: RunChain = async (input) => {
      calls.push(input);
      return run(['category', 'revenue'], [['Books', 3]]);
    };
    const source = run(
      ['category', 'revenue'],
      [
        ['Books', 3],
        ['Games', 4],
      ],
    );
    expect(await applyInteractions(source, [{ field: 'month', value: 1 }], runChain)).toBe(source);
    const narrowed = await applyInteractions(source, [{ field: 'category', value: 'Books' }], runChain);
    expect(narrowed.rows).toEqual([['Books', 3]]);
    expect(calls[0]!.tables[0]!.rows).toHaveLength(2);
    expect(calls[0]!.parameters).toEqual({ xf_0: 'Books' });
  });
});
