// Cold canvas loading: runs started ahead of their blocks are adopted, not sent twice; a block shows
// its request's last result at once while it refreshes; visible SQL blocks are prefetched first, the
// rest right after them at low priority.
import { describe, expect, it } from 'vitest';
import { prefetchAdopted, prefetchRun, QueryRunner } from '../../queries/query-runner';
import { adoptingEarlyRuns } from './early-runs';
import { canvasRequests, forgetLastResults, rememberCanvasRequests } from './last-results';
import { prefetchCanvas, prefetchPlan } from './prefetch';
import { fakeClient } from '../../../urql/fake-client';

function api(rows: unknown[][]) {
  const calls: string[] = [];
  let release: (() => void) | null = null;
  const gate = { hold: false };
  const client = fakeClient(({ name }, sink) => {
    calls.push(name);
    const reply = () => {
      sink.next({
        data: {
          runQuery: {
            __typename: 'QueryRun',
            id: `run-${calls.length}`,
            status: 'SUCCEEDED',
            sql: 'SELECT 1 AS one',
            columns: [{ name: 'one', type: 'INTEGER' }],
            // The API's answer to the run operations: the rows as one JSON text (QueryRunData).
            rowsJson: JSON.stringify(rows),
            rowCount: rows.length,
            truncated: false,
            cached: false,
            durationMs: 3,
            error: null,
          },
        },
      });
      sink.complete();
    };
    if (gate.hold) release = reply;
    else setTimeout(reply, 1);
  });
  return { client, calls, gate, release: () => release?.() };
}

class CanvasBlockRunner extends QueryRunner {
  protected override readonly staleWhileRevalidate = true;
}

describe('cold canvas loading', () => {
  it('a block adopts the run prefetched for its request: one runQuery, the block gets its rows', async () => {
    const server = api([[1]]);
    const request = { dataSourceId: 'source-1', sql: 'SELECT 1 AS one /* adopt */' };
    void prefetchRun(server.client, request);
    const state = await new QueryRunner(server.client).run(request);
    expect(state.phase).toBe('done');
    expect(state.run?.rows).toEqual([[1]]);
    expect(server.calls.filter((c) => c === 'RunQuery')).toHaveLength(1);
    // Adopted once: running it again really runs it.
    await new QueryRunner(server.client).run(request);
    expect(server.calls.filter((c) => c === 'RunQuery')).toHaveLength(2);
  });

  it('a prefetch asked for while early runs are being adopted runs once, and its block adopts it', async () => {
    const server = api([[1]]);
    const request = { dataSourceId: 'source-1', sql: 'SELECT 1 AS one /* not an early run */' };
    let adopt: () => void = () => undefined;
    adoptingEarlyRuns('canvas-adopting', new Promise<void>((resolve) => (adopt = resolve)));
    const prefetching = prefetchRun(server.client, request);
    const block = new QueryRunner(server.client).run(request);
    adopt();
    await prefetching;
    const state = await block;
    expect(state.run?.rows).toEqual([[1]]);
    expect(server.calls.filter((c) => c === 'RunQuery')).toHaveLength(1);
  });

  it('a prefetch right after a block adopted the run does not send it again (page and entry both prefetch)', async () => {
    const server = api([[1]]);
    const request = { dataSourceId: 'source-1', sql: 'SELECT 1 AS one /* adopted, prefetched again */' };
    void prefetchRun(server.client, request);
    await new QueryRunner(server.client).run(request);
    await prefetchRun(server.client, request);
    expect(server.calls.filter((c) => c === 'RunQuery')).toHaveLength(1);
  });

  it('a prefetched run counts as taken once a block has adopted it, not when it is back', async () => {
    const server = api([[1]]);
    const request = { dataSourceId: 'source-1', sql: 'SELECT 1 AS one /* taken */' };
    await prefetchRun(server.client, request);
    let taken = false;
    const adopted = prefetchAdopted(request).then(() => (taken = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(taken).toBe(false);
    await new QueryRunner(server.client).run(request);
    await adopted;
    expect(taken).toBe(true);
    expect(server.calls.filter((c) => c === 'RunQuery')).toHaveLength(1);
  });

  it("shows a block's last result at once, marked refreshing, until the fresh one arrives", async () => {
    forgetLastResults();
    const request = { dataSourceId: 'source-1', sql: 'SELECT 1 AS one /* swr */' };
    const first = api([[1]]);
    await new CanvasBlockRunner(first.client).run(request);
    const second = api([[2]]);
    second.gate.hold = true;
    const reopened = new CanvasBlockRunner(second.client);
    const done = reopened.run(request);
    expect(reopened.get()).toMatchObject({ phase: 'done', refreshing: true });
    expect(reopened.get().run?.rows).toEqual([[1]]);
    await expect.poll(() => second.calls.length).toBe(1);
    second.release();
    const fresh = await done;
    expect(fresh).toMatchObject({ phase: 'done', refreshing: false });
    expect(fresh.run?.rows).toEqual([[2]]);
    // A plain runner (the query editor) never shows a stale result.
    const editor = new QueryRunner(api([[3]]).client);
    const running = editor.run(request);
    expect(editor.get()).toMatchObject({ phase: 'running', run: null });
    await running;
  });

  it("remembers a canvas's run requests for a reopen in this tab, and forgets them on sign-out", () => {
    forgetLastResults();
    const request = { dataSourceId: 'source-1', sql: 'SELECT 1' };
    rememberCanvasRequests('canvas-1', [request]);
    expect(canvasRequests('canvas-1')).toEqual([request]);
    expect(canvasRequests('canvas-2')).toEqual([]);
    forgetLastResults();
    expect(canvasRequests('canvas-1')).toEqual([]);
  });

  it('prefetches the SQL blocks on the first screen (or read by a block on it) before the rest, top first', () => {
    const sql = (id: string, y: number) => ({
      id,
      type: 'SQL',
      position: { x: 0, y, w: 3, h: 8 },
      content: { sql: `SELECT ${y} AS y`, dataSourceId: 's' },
    });
    const plan = prefetchPlan(
      [
        sql('low', 40),
        sql('top', 0),
        sql('read-by-top-chart', 60),
        sql('middle', 8),
        {
          id: 'chart',
          type: 'CHART',
          position: { x: 3, y: 0, w: 3, h: 8 },
          content: { sourceBlockId: 'read-by-top-chart' },
        },
      ],
      20,
    );
    expect(plan.visible.map((b) => b.id)).toEqual(['top', 'middle', 'read-by-top-chart']);
    expect(plan.later.map((b) => b.id)).toEqual(['low']);
  });

  it('sends the first screen first and the rest right after, at low priority, before any answer', async () => {
    const sent: { sql: string; priority: unknown }[] = [];
    const client = fakeClient(({ name, variables, operation }) => {
      if (name !== 'RunQuery') return;
      const fetchOptions = operation.context.fetchOptions;
      sent.push({
        sql: (variables.input as { sql: string }).sql,
        priority: typeof fetchOptions === 'object' ? fetchOptions.priority : undefined,
      });
    });
    const sql = (id: string, y: number) => ({
      id,
      type: 'SQL',
      position: { x: 0, y, w: 3, h: 8 },
      content: { sql: `SELECT ${y} AS y /* order */`, dataSourceId: 's' },
    });
    void prefetchCanvas(client, [sql('low', 40), sql('top', 0)], [{ id: 's' }], 20, 'canvas-order');
    await expect.poll(() => sent.length).toBe(2);
    expect(sent).toEqual([
      { sql: 'SELECT 0 AS y /* order */', priority: undefined },
      { sql: 'SELECT 40 AS y /* order */', priority: 'low' },
    ]);
  });
});
