// The canvas runtime with cross-filters, against a real urql Client whose transport is a scripted
// API: a block runs its SQL through runQuery until a cross-filter names one of its result's
// columns; then it runs through runCanvasBlock with the person's filter values and interactions,
// and only the blocks whose narrowing changed re-run.
import { describe, expect, it } from 'vitest';
import type { BlockJson } from '@tessera/canvas-model';
import { CanvasRuntime } from '../runtime';
import { EMPTY_VIEW, type PersonalView } from './view-state';
import { fakeClient } from '../../../urql/fake-client';

const at = { x: 0, y: 0, w: 3, h: 2 };
const blocks: BlockJson[] = [
  { id: 'cats', type: 'SQL', position: at, content: { name: 'cats', sql: 'SELECT category, n FROM t' } },
  { id: 'months', type: 'SQL', position: at, content: { name: 'months', sql: 'SELECT month FROM m' } },
];

function run(columns: string[], rows: unknown[][]) {
  return {
    __typename: 'QueryRun',
    id: 'run',
    status: 'SUCCEEDED',
    sql: 'SELECT',
    columns: columns.map((name) => ({ name, type: 'VARCHAR' })),
    // runCanvasBlock answers rows; runQuery the same rows as one JSON text (QueryRunData).
    rows,
    rowsJson: JSON.stringify(rows),
    rowCount: rows.length,
    truncated: false,
    cached: false,
    durationMs: 1,
    error: null,
  };
}

function api() {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const client = fakeClient(({ name, variables }, sink) => {
    calls.push({ name, variables });
    const input = (variables.input ?? {}) as { sql?: string };
    const answer =
      name === 'RunQuery'
        ? {
            runQuery: input.sql?.includes('category')
              ? run(
                  ['category', 'n'],
                  [
                    ['Books', 1],
                    ['Toys', 2],
                  ],
                )
              : run(['month'], [[1], [2]]),
          }
        : name === 'RunCanvasBlock'
          ? { runCanvasBlock: run(['category', 'n'], [['Books', 1]]) }
          : null;
    setTimeout(() => {
      sink.next({ data: answer });
      sink.complete();
    }, 1);
  });
  return { client, calls };
}

const view = (v: Partial<PersonalView>): PersonalView => ({ ...EMPTY_VIEW, ...v });

describe('runtime with cross-filters', () => {
  it('narrows only the blocks whose result has the field, through runCanvasBlock', async () => {
    const { client, calls } = api();
    const runtime = new CanvasRuntime(client);
    runtime.setView({ canvasId: 'canvas-1', blocks, view: EMPTY_VIEW });
    const cats = runtime.runner('cats');
    const months = runtime.runner('months');
    await cats.run({ dataSourceId: 'src', sql: 'SELECT category, n FROM t' });
    await months.run({ dataSourceId: 'src', sql: 'SELECT month FROM m' });
    expect(calls.map((c) => c.name)).toEqual(['RunQuery', 'RunQuery']);
    expect(cats.get().run?.rows).toHaveLength(2);

    const books = { field: 'category', value: 'Books', sourceBlockId: 'chart' };
    runtime.setView({
      canvasId: 'canvas-1',
      blocks,
      view: view({ filters: { region: 'EU' }, interactions: [books] }),
    });
    await expect.poll(() => cats.get().run?.rows.length).toBe(1);
    expect(calls.slice(2).map((c) => c.name)).toEqual(['RunCanvasBlock']);
    expect(calls[2]!.variables).toEqual({
      canvasId: 'canvas-1',
      blockId: 'cats',
      filters: { region: 'EU' },
      interactions: [{ field: 'category', value: 'Books' }],
    });
    expect(runtime.interactionsFor('months')).toEqual([]);

    // Clearing the filter re-runs the narrowed block only, through runQuery again.
    runtime.setView({ canvasId: 'canvas-1', blocks, view: EMPTY_VIEW });
    await expect.poll(() => cats.get().run?.rows.length).toBe(2);
    expect(calls.slice(3).map((c) => c.name)).toEqual(['RunQuery']);
  });

  it('drill-down rows: the block run with the given interactions, outside its runner', async () => {
    const { client, calls } = api();
    const runtime = new CanvasRuntime(client);
    runtime.setView({ canvasId: 'canvas-1', blocks, view: view({ filters: { region: 'EU' } }) });
    const outcome = await runtime.rows('chart-1', [{ field: 'category', value: 'Books' }]);
    expect(outcome.run?.rows).toEqual([['Books', 1]]);
    expect(calls).toEqual([
      {
        name: 'RunCanvasBlock',
        variables: {
          canvasId: 'canvas-1',
          blockId: 'chart-1',
          filters: { region: 'EU' },
          interactions: [{ field: 'category', value: 'Books' }],
        },
      },
    ]);
  });
});
