import type { BlockJson } from '@tessera/canvas-model';
import { describe, expect, it } from 'vitest';
import { committedSql, sqlRunRequest } from './sql-run';

const at = { x: 0, y: 0, w: 4, h: 4 };
const upstream: BlockJson = {
  id: 'u',
  type: 'SQL',
  position: at,
  content: { name: 'cat_rev', dataSourceId: 'demo', sql: 'select 1' },
};
const chained: BlockJson = {
  id: 'c',
  type: 'SQL',
  position: at,
  content: { name: 'top', sql: 'select * from {{cat_rev}} where x = {{region}}' },
};
const filter: BlockJson = {
  id: 'f',
  type: 'FILTER',
  position: at,
  content: { label: 'Region', parameter: 'region', kind: 'select', default: 'EU' },
};
const context = {
  blocks: [upstream, chained, filter],
  dataSources: [{ id: 'first' }],
  lockedFilters: {},
  filterOverrides: {},
};

describe('sqlRunRequest (R36)', () => {
  it('a block that reads other blocks runs without a data source, with its own parameters only', () => {
    expect(sqlRunRequest(chained, committedSql(chained), context)).toEqual({
      dataSourceId: '',
      sql: 'select * from {{cat_rev}} where x = {{region}}',
      parameters: { region: 'EU' },
    });
  });

  it('a plain block runs on its source, else the project’s first; nothing to run without SQL or a source', () => {
    expect(sqlRunRequest(upstream, 'select 1', context)?.dataSourceId).toBe('demo');
    const loose = { ...upstream, content: { sql: 'select 2' } };
    expect(sqlRunRequest(loose, 'select 2', context)?.dataSourceId).toBe('first');
    expect(sqlRunRequest(loose, 'select 2', { ...context, dataSources: [] })).toBeNull();
    expect(sqlRunRequest(upstream, '  ', context)).toBeNull();
  });

  it('runs the statement someone last ran, else the text', () => {
    expect(committedSql({ ...upstream, content: { ...upstream.content, runSql: 'select 3' } })).toBe(
      'select 3',
    );
    expect(committedSql(upstream)).toBe('select 1');
  });
});
