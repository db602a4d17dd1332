// The runner against a real urql Client whose transport is a scripted server: runQuery, the
// queryRunUpdated subscription, queryRun (the polling fallback) and cancelQueryRun.
import { describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { decodeRun, QueryRunner } from './query-runner';
import { fakeClient } from '../../urql/fake-client';

type Status = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

function runOf(status: Status, extra: Record<string, unknown> = {}) {
  const done = status === 'SUCCEEDED';
  return {
    __typename: 'QueryRun',
    id: 'run-1',
    status,
    sql: 'SELECT 1 AS one',
    columns: done ? [{ name: 'one', type: 'INTEGER' }] : [],
    // The API's answer: the rows as one JSON text (QueryRunData), decoded by the runner.
    rowsJson: done ? '[[1]]' : '[]',
    rowCount: done ? 1 : 0,
    truncated: false,
    cached: false,
    durationMs: done ? 12 : null,
    error: null,
    ...extra,
  };
}

interface Sink {
  next(value: unknown): void;
  error(error: unknown): void;
  complete(): void;
}

/** A scripted API; `live` is the open queryRunUpdated stream, if any. */
function server(options: { runQuery?: () => unknown; live?: 'answer' | 'silent' | 'broken' } = {}) {
  const calls: string[] = [];
  const documents: string[] = [];
  const state = {
    status: 'RUNNING' as Status,
    final: runOf('SUCCEEDED') as Record<string, unknown>,
    live: null as Sink | null,
    liveOpen: 0,
    releaseRunQuery: null as (() => void) | null,
  };
  const current = () => (state.status === 'RUNNING' ? runOf('RUNNING') : state.final);
  const client = fakeClient(({ name, variables, operation }, sink) => {
    calls.push(name);
    documents.push(print(operation.query));
    const answer = (data: unknown) => {
      sink.next({ data });
      sink.complete();
    };
    let closed = false;
    if (name === 'RunQuery') {
      const reply = () => answer({ runQuery: options.runQuery?.() ?? runOf('RUNNING') });
      if (state.releaseRunQuery === null && options.runQuery === undefined) reply();
      else state.releaseRunQuery = reply;
    } else if (name === 'QueryRun') {
      answer({ queryRun: current() });
    } else if (name === 'CancelQueryRun') {
      state.status = 'CANCELLED';
      state.final = runOf('CANCELLED');
      answer({ cancelQueryRun: { ...runOf('CANCELLED'), id: variables.id } });
    } else if (name === 'QueryRunUpdated') {
      const mode = options.live ?? 'answer';
      state.liveOpen++;
      if (mode === 'broken') {
        setTimeout(() => sink.error(new Error('socket closed')), 5);
      } else if (mode === 'answer') {
        state.live = sink;
        setTimeout(() => !closed && sink.next({ data: { queryRunUpdated: current() } }), 1);
      }
    }
    return () => {
      if (name === 'QueryRunUpdated' && !closed) state.liveOpen--;
      closed = true;
    };
  });
  /** The run ends: a live subscriber hears it, a poller reads it next time. */
  const finish = (final: Record<string, unknown> = runOf('SUCCEEDED')) => {
    state.status = final.status as Status;
    state.final = final;
    state.live?.next({ data: { queryRunUpdated: final } });
  };
  return { client, calls, documents, state, finish };
}

const request = { dataSourceId: 'source-1', sql: 'SELECT 1 AS one' };
const timing = { pollMs: 5, liveGraceMs: 60 };

describe('QueryRunner', () => {
  it('follows a running query through queryRunUpdated and shows the rows when it finishes', async () => {
    const api = server();
    const runner = new QueryRunner(api.client, undefined, timing);
    const done = runner.run(request);
    await expect.poll(() => api.state.liveOpen).toBe(1);
    await expect.poll(() => runner.get().run?.status).toBe('RUNNING');
    expect(runner.get().phase).toBe('running');
    api.finish();
    const final = await done;
    expect(final.phase).toBe('done');
    expect(final.error).toBeNull();
    expect(final.run?.rows).toEqual([[1]]);
    expect(final.run).not.toHaveProperty('rowsJson');
    expect(final.run?.rowCount).toBe(1);
    expect(final.run?.durationMs).toBe(12);
    expect(api.calls).not.toContain('QueryRun');
    expect(api.state.liveOpen).toBe(0);
  });

  it('asks for the rows as one JSON text, never one value per cell', async () => {
    const api = server({ live: 'broken' });
    const runner = new QueryRunner(api.client, undefined, timing);
    const done = runner.run(request);
    await expect.poll(() => api.calls.includes('QueryRun')).toBe(true);
    api.finish();
    await done;
    expect(new Set(api.calls)).toEqual(new Set(['RunQuery', 'QueryRunUpdated', 'QueryRun']));
    for (const document of api.documents) {
      expect(document).toMatch(/\browsJson\b/);
      expect(document).not.toMatch(/\brows\b/);
    }
  });

  it('decodes a large result once into rows, values as the server sent them', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [
      i,
      `order ${i}`,
      i % 7 === 0 ? null : i / 4,
      '2024-01-02',
    ]);
    const api = server({
      runQuery: () => runOf('SUCCEEDED', { rowsJson: JSON.stringify(rows), rowCount: rows.length }),
    });
    const runner = new QueryRunner(api.client, undefined, timing);
    const done = runner.run(request);
    await expect.poll(() => api.state.releaseRunQuery !== null).toBe(true);
    api.state.releaseRunQuery!();
    const final = await done;
    expect(final.error).toBeNull();
    expect(final.run?.rows).toEqual(rows);
    expect(final.run?.rowCount).toBe(2000);
  });

  it('reports a run that fails with its message, code and position', async () => {
    const api = server();
    const runner = new QueryRunner(api.client, undefined, timing);
    const done = runner.run(request);
    await expect.poll(() => api.state.liveOpen).toBe(1);
    api.finish(
      runOf('FAILED', { error: { code: 'SQL_ERROR', message: 'no such table: prodcts', position: 14 } }),
    );
    const final = await done;
    expect(final.error).toEqual({ code: 'SQL_ERROR', message: 'no such table: prodcts', position: 14 });
  });

  it('falls back to polling queryRun when the subscription errors', async () => {
    const api = server({ live: 'broken' });
    const runner = new QueryRunner(api.client, undefined, timing);
    const done = runner.run(request);
    await expect.poll(() => api.calls.filter((c) => c === 'QueryRun').length).toBeGreaterThan(1);
    expect(runner.get().phase).toBe('running');
    api.finish();
    const final = await done;
    expect(final.phase).toBe('done');
    expect(final.run?.rows).toEqual([[1]]);
  });

  it('falls back to polling when the subscription stays silent (cannot connect)', async () => {
    const api = server({ live: 'silent' });
    const runner = new QueryRunner(api.client, undefined, timing);
    const done = runner.run(request);
    await expect.poll(() => api.calls.includes('QueryRun')).toBe(true);
    expect(api.state.liveOpen).toBe(0);
    api.finish();
    expect((await done).run?.rowCount).toBe(1);
  });

  it('does not subscribe when runQuery already returns the finished run', async () => {
    const api = server({ runQuery: () => runOf('SUCCEEDED') });
    const runner = new QueryRunner(api.client, undefined, timing);
    const done = runner.run(request);
    await expect.poll(() => api.state.releaseRunQuery !== null).toBe(true);
    api.state.releaseRunQuery!();
    const final = await done;
    expect(final.run?.rows).toEqual([[1]]);
    expect(api.calls).toEqual(['RunQuery']);
  });

  it('cancels a followed run and closes its subscription', async () => {
    const api = server();
    const runner = new QueryRunner(api.client, undefined, timing);
    const done = runner.run(request);
    await expect.poll(() => runner.get().run?.status).toBe('RUNNING');
    await runner.cancel();
    expect(runner.get().phase).toBe('done');
    expect(runner.get().error?.code).toBe('CANCELLED');
    expect(api.state.liveOpen).toBe(0);
    await done;
    expect(runner.get().error?.code).toBe('CANCELLED');
  });

  it('cancels a run asked to stop before runQuery returned its id', async () => {
    const api = server({ runQuery: () => runOf('RUNNING') });
    const runner = new QueryRunner(api.client, undefined, timing);
    const done = runner.run(request);
    await expect.poll(() => api.state.releaseRunQuery !== null).toBe(true);
    void runner.cancel();
    expect(runner.get().phase).toBe('cancelling');
    api.state.releaseRunQuery!();
    await expect.poll(() => api.calls.includes('CancelQueryRun')).toBe(true);
    await expect.poll(() => runner.get().error?.code).toBe('CANCELLED');
    await done;
    expect(runner.get().phase).toBe('done');
  });

  it('a new run supersedes the one being followed', async () => {
    const api = server();
    const runner = new QueryRunner(api.client, undefined, timing);
    const first = runner.run(request);
    await expect.poll(() => api.state.liveOpen).toBe(1);
    runner.reset();
    await first;
    expect(runner.get().phase).toBe('idle');
    expect(api.state.liveOpen).toBe(0);
  });
});

describe('decodeRun', () => {
  const data = (status: Status, rowsJson: string) =>
    runOf(status, { rowsJson }) as unknown as Parameters<typeof decodeRun>[0];

  it('gives a finished run its rows and keeps every other field', () => {
    const run = decodeRun(data('SUCCEEDED', '[[1,"a",null],[2,"b",1.5]]'));
    expect(run).toEqual({
      ...runOf('SUCCEEDED'),
      rowsJson: undefined,
      rows: [
        [1, 'a', null],
        [2, 'b', 1.5],
      ],
    });
    expect(run).not.toHaveProperty('rowsJson');
  });

  it('gives an unfinished run no rows', () => {
    expect(decodeRun(data('RUNNING', '[[1]]')).rows).toEqual([]);
    expect(decodeRun(data('QUEUED', '[]')).rows).toEqual([]);
  });

  it('turns a text that is not rows into a failed run saying so, not an exception', () => {
    for (const text of ['[[1]', '{"rows":[]}', '[1,2]', 'null']) {
      const run = decodeRun(data('SUCCEEDED', text));
      expect(run).toMatchObject({
        status: 'FAILED',
        rows: [],
        rowCount: 0,
        error: { code: 'BAD_RESPONSE', message: 'The result could not be read' },
      });
    }
  });
});
