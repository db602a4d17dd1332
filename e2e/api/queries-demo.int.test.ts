import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus } from '@tessera/sql-guard';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId, runQuery } from '../support/queries.ts';
import { errorCode, startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
let sourceId: string;

beforeAll(async () => {
  stack = await startStack({ QUERY_TIMEOUT_MS: '2000' });
  owner = await signUp(stack, 'analyst');
  sourceId = await demoSourceId(stack, owner);
}, 180_000);
afterAll(() => stack.stop());

const REVENUE_BY_MONTH = `SELECT date_trunc('month', order_date) AS month, sum(total_amount) AS revenue
  FROM orders WHERE status = 'completed' GROUP BY 1 ORDER BY 1`;

describe('the demo source', () => {
  it('is in every new project, named Acme Commerce, with its tables, foreign keys and glossary', async () => {
    const result = await stack.gql<{
      dataSource: {
        name: string;
        kind: string;
        tables: { name: string; columns: { name: string }[]; foreignKeys: { referencedTable: string }[] }[];
        glossary: { terms: string[] }[];
      };
    }>(
      'query($id: ID!) { dataSource(id: $id) { name kind tables { name columns { name type } foreignKeys { columns referencedTable referencedColumns } } glossary { terms definition expression } } }',
      { id: sourceId },
      owner.accessToken,
    );
    const source = result.data!.dataSource;
    expect(source).toMatchObject({ name: 'Acme Commerce', kind: 'DEMO' });
    expect(source.tables.map((t) => t.name).sort()).toEqual([
      'customers',
      'marketing_spend',
      'order_items',
      'orders',
      'products',
    ]);
    const orders = source.tables.find((t) => t.name === 'orders')!;
    expect(orders.foreignKeys.map((f) => f.referencedTable)).toContain('customers');
    expect(source.glossary.map((g) => g.terms[0])).toContain('revenue');
  });
});

describe('runQuery', () => {
  it('runs a statement, then serves the same one from the cache', async () => {
    const first = await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql: REVENUE_BY_MONTH });
    expect(first).toMatchObject({
      status: 'SUCCEEDED',
      rowCount: 24,
      truncated: false,
      cached: false,
      error: null,
    });
    expect(first.columns.map((c) => c.name)).toEqual(['month', 'revenue']);
    expect(typeof first.rows[0]![1]).toBe('number');
    const again = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql: REVENUE_BY_MONTH.replace(/\s+/g, '  ').toLowerCase(),
    });
    expect(again).toMatchObject({ status: 'SUCCEEDED', cached: true, rowCount: 24 });
    expect(again.rows).toEqual(first.rows);
  });

  it('binds named parameters through the driver', async () => {
    const sql = 'SELECT count(*) AS n FROM customers WHERE country = {{country}}';
    const germany = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql,
      parameters: { country: 'Germany' },
    });
    const injection = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql,
      parameters: { country: "Germany' OR '1'='1" },
    });
    expect(germany.rows[0]![0]).toBeGreaterThan(0);
    expect(injection.rows[0]![0]).toBe(0);
    const missing = await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql });
    expect(missing).toMatchObject({ status: 'FAILED', error: { code: 'MISSING_PARAMETER' } });
  });

  it('caps rows and says so', async () => {
    const run = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql: 'SELECT * FROM order_items',
      maxRows: 7,
    });
    expect(run).toMatchObject({ status: 'SUCCEEDED', rowCount: 7, truncated: true });
    expect(run.rows).toHaveLength(7);
  });

  it('reports SQL errors with the position the engine gave', async () => {
    const run = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql: 'SELECT order_id FROM orders WHERE statuz = 1',
    });
    expect(run.status).toBe('FAILED');
    expect(run.error?.code).toBe('SQL_ERROR');
    expect(run.error?.message).not.toMatch(/\/work|at .*\.ts|stack/);
  });

  it('times out a runaway query and cancels on request', async () => {
    const runaway = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql: 'SELECT count(*) FROM order_items a, order_items b, order_items c',
    });
    expect(runaway).toMatchObject({ status: 'FAILED', error: { code: 'TIMEOUT' } });

    const slow = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql: 'SELECT count(*) FROM order_items a, order_items b, order_items c',
      waitSeconds: 0,
      // The longest limit this source allows (4 × the 2 s default): on a loaded machine the cancel
      // below must not race the time limit.
      timeoutSeconds: 8,
    });
    expect(slow.status).toBe('RUNNING');
    const cancelled = await stack.gql<{ cancelQueryRun: { status: string } }>(
      'mutation($id: ID!) { cancelQueryRun(id: $id) { status } }',
      { id: slow.id },
      owner.accessToken,
    );
    expect(cancelled.data?.cancelQueryRun.status).toBe('CANCELLED');
  });

  it('says the time limit of a timed-out run; a run may ask for more time up to the source cap', async () => {
    const limits = await stack.gql<{
      dataSource: { runTimeLimit: { defaultSeconds: number; maxSeconds: number } };
    }>(
      'query($id: ID!) { dataSource(id: $id) { runTimeLimit { defaultSeconds maxSeconds } } }',
      { id: sourceId },
      owner.accessToken,
    );
    expect(limits.data!.dataSource.runTimeLimit).toEqual({ defaultSeconds: 2, maxSeconds: 8 });
    const run = (input: Record<string, unknown>) =>
      stack.gql<{
        runQuery: {
          status: string;
          error: {
            code: string;
            message: string;
            limitSeconds: number | null;
            maxLimitSeconds: number | null;
          } | null;
        };
      }>(
        'mutation($input: RunQueryInput!) { runQuery(input: $input) { status error { code message limitSeconds maxLimitSeconds } } }',
        {
          input: {
            dataSourceId: sourceId,
            sql: 'SELECT count(*) FROM order_items a, order_items b, order_items c',
            waitSeconds: 30,
            ...input,
          },
        },
        owner.accessToken,
      );
    const timedOut = await run({ timeoutSeconds: 1 });
    expect(timedOut.data!.runQuery).toMatchObject({
      status: 'FAILED',
      error: {
        code: 'TIMEOUT',
        limitSeconds: 1,
        maxLimitSeconds: 8,
        message: expect.stringContaining('1 s'),
      },
    });
    const overCap = await run({ timeoutSeconds: 9 });
    expect(overCap.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(overCap.errors?.[0]?.message).toContain('8');
  });

  it('refuses the hostile corpus and changes nothing', async () => {
    const before = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql: 'SELECT count(*) FROM customers',
    });
    const cases = hostileCorpus.filter((c) => c.engine === 'duckdb' || c.engine === 'all');
    expect(cases.length).toBeGreaterThan(10);
    for (const { sql, expectCode } of cases) {
      const run = await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql });
      expect(run.status, sql).toBe('FAILED');
      // The guard's own code reaches the client, not just a failure.
      if (expectCode !== null) expect(run.error?.code, sql).toBe(expectCode);
    }
    for (const [sql, code] of [
      ["SELECT * FROM read_csv('/etc/passwd')", 'DENIED_FUNCTION'],
      ["SELECT * FROM '/etc/passwd'", 'DENIED_FUNCTION'],
      ["ATTACH '/tmp/x.db'", 'NOT_READ_ONLY'],
      ['INSTALL httpfs', 'NOT_READ_ONLY'],
      ['PRAGMA database_list', 'NOT_READ_ONLY'],
      ['SELECT path FROM duckdb_databases()', 'DENIED_FUNCTION'],
      ['SELECT * FROM duckdb_extensions()', 'DENIED_FUNCTION'],
      ['SELECT * FROM pragma_database_list()', 'DENIED_FUNCTION'],
    ]) {
      const run = await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql: sql! });
      expect(run, sql).toMatchObject({ status: 'FAILED', error: { code } });
      expect(JSON.stringify(run), sql).not.toMatch(/\.data\/|\.duckdb/);
    }
    const after = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql: 'SELECT count(*) FROM customers',
    });
    expect(after.rows).toEqual(before.rows);
  });
});

describe('QueryRun.rowsJson', () => {
  const RUN_BOTH =
    'mutation($i: RunQueryInput!) { runQuery(input: $i) { id status cached rowCount rows rowsJson } }';
  type Both = {
    id: string;
    status: string;
    cached: boolean;
    rowCount: number;
    rows: unknown[][];
    rowsJson: string;
  };
  const run = async (sql: string) =>
    (await stack.gql<{ runQuery: Both }>(RUN_BOTH, { i: { dataSourceId: sourceId, sql } }, owner.accessToken))
      .data!.runQuery;

  it('is the same rows as one JSON text: a fresh run, a cache hit of a large result, a read of the run', async () => {
    const sql = 'SELECT * FROM orders ORDER BY order_id LIMIT 2000';
    const fresh = await run(sql);
    expect(fresh).toMatchObject({ status: 'SUCCEEDED', cached: false, rowCount: 2000 });
    expect(typeof fresh.rowsJson).toBe('string');
    expect(JSON.parse(fresh.rowsJson)).toEqual(fresh.rows);
    const hit = await run(sql);
    expect(hit).toMatchObject({ status: 'SUCCEEDED', cached: true, rowCount: 2000 });
    expect(JSON.parse(hit.rowsJson)).toEqual(fresh.rows);
    expect(hit.rows).toEqual(fresh.rows);
    const read = await stack.gql<{ queryRun: { rowsJson: string } }>(
      'query($id: ID!) { queryRun(id: $id) { rowsJson } }',
      { id: hit.id },
      owner.accessToken,
    );
    expect(JSON.parse(read.data!.queryRun.rowsJson)).toEqual(fresh.rows);
  });

  it('is "[]" for a failed run and an empty result', async () => {
    const failed = await run('SELECT * FROM no_such_table');
    expect(failed).toMatchObject({ status: 'FAILED', rows: [], rowsJson: '[]' });
    const empty = await run('SELECT order_id FROM orders WHERE false');
    expect(empty).toMatchObject({ status: 'SUCCEEDED', rowCount: 0, rows: [], rowsJson: '[]' });
  });

  it("is not another tenant's to read", async () => {
    const mine = await run('SELECT customer_id FROM customers ORDER BY 1 LIMIT 3');
    const outsider = await signUp(stack, 'rows-json-outsider');
    const read = await stack.gql(
      'query($id: ID!) { queryRun(id: $id) { id rowsJson } }',
      { id: mine.id },
      outsider.accessToken,
    );
    expect(errorCode(read)).toBe('NOT_FOUND');
    expect(JSON.stringify(read)).not.toContain(JSON.stringify(mine.rows[0]));
  });
});

describe('permissions', () => {
  it('a VIEWER cannot run SQL; another tenant cannot see the source or its runs', async () => {
    const run = await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql: 'SELECT 1 AS one' });
    const outsider = await signUp(stack, 'outsider');
    const source = await stack.gql(
      'query($id: ID!) { dataSource(id: $id) { id name } }',
      { id: sourceId },
      outsider.accessToken,
    );
    expect(errorCode(source)).toBe('NOT_FOUND');
    const runRead = await stack.gql(
      'query($id: ID!) { queryRun(id: $id) { id rows } }',
      { id: run.id },
      outsider.accessToken,
    );
    expect(errorCode(runRead)).toBe('NOT_FOUND');
    const runIt = await stack.gql(
      'mutation($i: RunQueryInput!) { runQuery(input: $i) { id } }',
      { i: { dataSourceId: sourceId, sql: 'SELECT 1' } },
      outsider.accessToken,
    );
    expect(errorCode(runIt)).toBe('NOT_FOUND');

    await stack.gql(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { role } }',
      { i: { organizationId: owner.organizationId, email: outsider.email, role: 'VIEWER' } },
      owner.accessToken,
    );
    const viewer = await stack.gql(
      'mutation($i: RunQueryInput!) { runQuery(input: $i) { id } }',
      { i: { dataSourceId: sourceId, sql: 'SELECT 1' } },
      outsider.accessToken,
    );
    expect(errorCode(viewer)).toBe('FORBIDDEN');
  });

  it('API keys run SQL only with the QUERY_RUN scope', async () => {
    const createKey = async (scopes: string[]) =>
      (
        await stack.gql<{ createApiKey: { secret: string } }>(
          'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
          { i: { organizationId: owner.organizationId, name: 'k', scopes } },
          owner.accessToken,
        )
      ).data!.createApiKey.secret;
    const runner = await createKey(['READ', 'QUERY_RUN']);
    expect((await runQuery(stack, runner, { dataSourceId: sourceId, sql: 'SELECT 2 AS two' })).status).toBe(
      'SUCCEEDED',
    );
    const reader = await createKey(['READ']);
    expect(
      errorCode(
        await stack.gql(
          'mutation($i: RunQueryInput!) { runQuery(input: $i) { id } }',
          { i: { dataSourceId: sourceId, sql: 'SELECT 1' } },
          reader,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('usage telemetry', () => {
  it('aggregates runs per day for admins', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const result = await stack.gql<{
      usage: { day: string; queries: number; cacheHits: number; errors: number }[];
    }>(
      'query($o: ID!, $f: DateTime!, $t: DateTime!) { usage(organizationId: $o, from: $f, to: $t) { day queries errors cacheHits rows bytes p95DurationMs } }',
      { o: owner.organizationId, f: `${today}T00:00:00Z`, t: `${today}T23:59:59Z` },
      owner.accessToken,
    );
    expect(result.errors).toBeUndefined();
    const day = result.data!.usage.find((d) => d.day === today)!;
    expect(day.queries).toBeGreaterThan(5);
    expect(day.cacheHits).toBeGreaterThan(0);
    expect(day.errors).toBeGreaterThan(0);
  });
});
