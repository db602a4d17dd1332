// index.html's early runs: sent from the early header's stored blocks with the early refresh's token,
// exactly the request each block's runner would send (so the runner adopts it), first screen first;
// a block the runner would send otherwise (parameters, other blocks read) is left to the app.
import type { BlockJson } from '@tessera/canvas-model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyRun, QueryRunner } from '../../queries/query-runner';
import { committedSql, sqlRunRequest } from '../blocks/sql-run';
import { adoptingEarlyRuns, takeEarlyRuns } from './early-runs';
import { EARLY_RUN_LIMITS, earlyRunsScript } from './early-runs-script';
import { fakeClient } from '../../../urql/fake-client';

const REFRESH = '__testEarlyRefresh';
const HEADER = '__testEarlyHeader';
const signedIn = { data: { refreshSession: { accessToken: 'access-1' } } };

const sqlBlock = (id: string, y: number, content: Record<string, unknown>): BlockJson =>
  ({ id, type: 'SQL', position: { x: 0, y, w: 6, h: 8 }, content: { title: id, ...content } }) as BlockJson;

function page(blocks: BlockJson[], refreshAnswer: unknown = signedIn) {
  const sent: {
    headers: Record<string, string>;
    priority: string;
    body: { variables: { input: Record<string, unknown> } };
  }[] = [];
  const answers: (() => void)[] = [];
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('innerHeight', 1000);
  vi.stubGlobal(REFRESH, Promise.resolve(refreshAnswer));
  const header = {
    data: { canvas: { id: 'canvas-1', blocks, project: { dataSources: [{ id: 'source-1' }] } } },
  };
  vi.stubGlobal(HEADER, { id: 'canvas-1', answer: Promise.resolve(header) });
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: { headers: Record<string, string>; priority: string; body: string }) => {
      const body = JSON.parse(init.body) as (typeof sent)[number]['body'];
      sent.push({ headers: init.headers, priority: init.priority, body });
      return new Promise((resolve) =>
        answers.push(() =>
          resolve({ json: async () => ({ data: { runQuery: run(String(body.variables.input.sql)) } }) }),
        ),
      );
    }),
  );
  new Function(earlyRunsScript(REFRESH, HEADER))();
  return { sent, answerAll: () => answers.splice(0).forEach((answer) => answer()) };
}

const run = (sql: string) => ({
  __typename: 'QueryRun',
  id: 'run-early',
  status: 'SUCCEEDED',
  sql,
  columns: [{ __typename: 'QueryColumn', name: 'one', type: 'INTEGER' }],
  rowsJson: '[[1]]',
  rowCount: 1,
  truncated: false,
  cached: true,
  durationMs: 1,
  error: null,
});

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('early runs', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the first screen first and the rest right after at low priority, each as its block would', async () => {
    const blocks = [
      sqlBlock('below', 40, { dataSourceId: 'source-2', sql: 'SELECT 2' }),
      sqlBlock('top', 0, { sql: 'SELECT 1', runSql: 'SELECT 1 AS one' }),
    ];
    const { sent, answerAll } = page(blocks);
    const runs = takeEarlyRuns('canvas-1')!;
    await tick();
    // Both before any answer: the browser's connections and the server's queue keep the order.
    expect(sent.map((s) => [s.body.variables.input.sql, s.priority])).toEqual([
      ['SELECT 1 AS one', 'high'],
      ['SELECT 2', 'low'],
    ]);
    expect(sent[0]!.headers.authorization).toBe('Bearer access-1');
    expect(sent[0]!.body).toMatchObject({
      operationName: 'RunQuery',
      extensions: { persistedQuery: { version: 1, sha256Hash: expect.any(String) } },
      variables: {
        input: {
          dataSourceId: 'source-1',
          parameters: null,
          maxRows: EARLY_RUN_LIMITS.maxRows,
          waitSeconds: EARLY_RUN_LIMITS.waitSeconds,
        },
      },
    });
    answerAll();
    // The request each block's runner sends, to the key.
    const context = { blocks, dataSources: [{ id: 'source-1' }], lockedFilters: {}, filterOverrides: {} };
    const expected = [blocks[1]!, blocks[0]!].map((b) =>
      QueryRunner.keyOf(sqlRunRequest(b, committedSql(b), context)!),
    );
    expect((await runs).map((r) => QueryRunner.keyOf(r.request))).toEqual(expected);
    expect(takeEarlyRuns('canvas-1')).toBeNull();
  });

  it('leaves blocks with {{…}} to the app, and the rest too when one is on the first screen', async () => {
    const { sent } = page([
      sqlBlock('filtered', 0, { sql: 'SELECT * FROM t WHERE r = {{region}}' }),
      sqlBlock('plain', 0, { sql: 'SELECT 1' }),
      sqlBlock('below', 40, { sql: 'SELECT 2' }),
    ]);
    const runs = await takeEarlyRuns('canvas-1')!;
    await tick();
    expect(runs.map((r) => r.request.sql)).toEqual(['SELECT 1']);
    expect(sent).toHaveLength(1);
  });

  it('sends nothing without a session', async () => {
    const { sent } = page([sqlBlock('top', 0, { sql: 'SELECT 1' })], {
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(await takeEarlyRuns('canvas-1')!).toEqual([]);
    expect(sent).toHaveLength(0);
  });

  it("a block's runner adopts the early run: no runQuery of its own", async () => {
    const calls: string[] = [];
    const client = fakeClient(({ name }, sink) => {
      calls.push(name);
      sink.complete();
    });
    const request = { dataSourceId: 'source-1', sql: 'SELECT 1 AS one /* early */', parameters: null };
    adoptEarlyRun(client, request, Promise.resolve({ data: { runQuery: run(request.sql) as never } }));
    const state = await new QueryRunner(client).run(request);
    expect(state.run?.rows).toEqual([[1]]);
    expect(calls).toEqual([]);
  });

  it('a runner that starts before the early runs are adopted waits for them, then adopts its own', async () => {
    const calls: string[] = [];
    const client = fakeClient(({ name }, sink) => {
      calls.push(name);
      sink.complete();
    });
    const request = {
      dataSourceId: 'source-1',
      sql: 'SELECT 1 AS one /* mounted first */',
      parameters: null,
    };
    let adopt!: () => void;
    adoptingEarlyRuns('canvas-1', new Promise<void>((resolve) => (adopt = resolve)));
    // The page mounted and ran its block while index.html's script still waited for its header.
    const running = new QueryRunner(client).run(request);
    await tick();
    expect(calls).toEqual([]);
    adoptEarlyRun(client, request, Promise.resolve({ data: { runQuery: run(request.sql) as never } }));
    adopt();
    const state = await running;
    expect(state.run?.rows).toEqual([[1]]);
    expect(calls).toEqual([]);
  });
});
