import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus } from '@tessera/sql-guard';
import { configuredEngineAvailable } from '@tessera/testing';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { runQuery } from '../support/queries.ts';
import { errorCode, startStack, type Stack } from '../support/stack.ts';

const CREATE_SOURCE =
  'mutation($i: CreateDataSourceInput!) { createDataSource(input: $i) { id kind connection } }';
const MYSQL_URL = process.env.MYSQL_URL;
const CLICKHOUSE_URL = process.env.CLICKHOUSE_URL;
// On CI (CI=true) an unset MYSQL_URL / CLICKHOUSE_URL fails this file instead of skipping.
const mysqlUp = await configuredEngineAvailable('MariaDB', 'MYSQL_URL', MYSQL_URL);
const clickhouseUp = await configuredEngineAvailable('ClickHouse', 'CLICKHOUSE_URL', CLICKHOUSE_URL);

let stack: Stack;
let owner: SignedUpUser;
beforeAll(async () => {
  stack = await startStack({ QUERY_TIMEOUT_MS: '2000' });
  owner = await signUp(stack, 'engines');
}, 180_000);
afterAll(() => stack.stop());

async function createSource(kind: string, connection: Record<string, unknown>): Promise<string> {
  const result = await stack.gql<{ createDataSource: { id: string; connection: Record<string, unknown> } }>(
    CREATE_SOURCE,
    { i: { projectId: owner.projectId, name: `${kind} source`, kind, connection } },
    owner.accessToken,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  expect(result.data.createDataSource.connection).not.toHaveProperty('password');
  return result.data.createDataSource.id;
}

/** Every hostile statement fails with sql-guard's own code (or, for those it lets through by design, is stopped by the engine). */
async function expectHostileRefused(sourceId: string, engine: string, probe: string, expected: unknown[][]) {
  for (const { sql, expectCode } of hostileCorpus.filter((c) => c.engine === engine || c.engine === 'all')) {
    const run = await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql });
    expect(run.status, sql).toBe('FAILED');
    if (expectCode !== null) expect(run.error?.code, sql).toBe(expectCode);
  }
  expect((await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql: probe })).rows).toEqual(
    expected,
  );
}

/** A PostgreSQL role that can only read `schema` (the least privilege a source should have). */
async function createReaderRole(
  admin: pg.Client,
  schema: string,
): Promise<{ user: string; password: string; drop(): Promise<void> }> {
  const user = `tessera_reader_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await admin.query(
    `CREATE ROLE ${user} LOGIN PASSWORD '${password}'; GRANT USAGE ON SCHEMA ${schema} TO ${user}; GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${user}`,
  );
  return {
    user,
    password,
    drop: () => admin.query(`DROP OWNED BY ${user}; DROP ROLE ${user}`).then(() => undefined),
  };
}

describe('PostgreSQL sources', () => {
  it('run read-only, time out, refuse hostile SQL, and keep the password encrypted', async () => {
    const url = new URL(stack.databaseUrl);
    const admin = new pg.Client({ connectionString: stack.databaseUrl });
    await admin.connect();
    await admin.query(
      "CREATE SCHEMA IF NOT EXISTS shop; CREATE TABLE shop.items (id int PRIMARY KEY, name text); INSERT INTO shop.items VALUES (1, 'a'), (2, 'b')",
    );
    const reader = await createReaderRole(admin, 'shop');
    try {
      const password = reader.password;
      const id = await createSource('POSTGRES', {
        host: url.hostname,
        port: Number(url.port),
        database: url.pathname.slice(1),
        user: reader.user,
        password,
      });
      const ok = await runQuery(stack, owner.accessToken, {
        dataSourceId: id,
        sql: 'SELECT id, name FROM shop.items WHERE id = {{id}}',
        parameters: { id: 2 },
      });
      expect(ok).toMatchObject({ status: 'SUCCEEDED', rows: [[2, 'b']] });

      const tables = await stack.gql<{ dataSource: { tables: { name: string }[] } }>(
        'query($id: ID!) { dataSource(id: $id) { tables { name } } }',
        { id },
        owner.accessToken,
      );
      expect(tables.data?.dataSource.tables.map((t) => t.name)).toContain('items');

      const sleep = await runQuery(stack, owner.accessToken, {
        dataSourceId: id,
        sql: 'SELECT count(*) FROM generate_series(1, 100000000) a',
      });
      expect(sleep).toMatchObject({ status: 'FAILED', error: { code: 'TIMEOUT' } });
      const write = await runQuery(stack, owner.accessToken, {
        dataSourceId: id,
        sql: 'WITH x AS (SELECT 1) SELECT * FROM x',
      });
      expect(write.status).toBe('SUCCEEDED');

      await expectHostileRefused(id, 'postgres', 'SELECT count(*)::int FROM shop.items', [[2]]);

      const { rows } = await admin.query('SELECT secret_ciphertext FROM queries.data_sources WHERE id = $1', [
        id,
      ]);
      expect(rows[0].secret_ciphertext).toMatch(/^v2\./);
      expect(rows[0].secret_ciphertext).not.toContain(password);

      const test = await stack.gql<{ testDataSourceConnection: { ok: boolean } }>(
        'mutation($id: ID!) { testDataSourceConnection(id: $id) { ok latencyMs error { code } } }',
        { id },
        owner.accessToken,
      );
      expect(test.data?.testDataSourceConnection.ok).toBe(true);
    } finally {
      await reader.drop();
      await admin.query('DROP SCHEMA shop CASCADE');
      await admin.end();
    }
  });

  it('refuses a superuser source; an ADMIN override allows it with a warning, and the red-team statements stay blocked', async () => {
    const url = new URL(stack.databaseUrl);
    const superuser = {
      host: url.hostname,
      port: Number(url.port),
      database: url.pathname.slice(1),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
    };
    const refused = await stack.gql(
      CREATE_SOURCE,
      { i: { projectId: owner.projectId, name: 'superuser', kind: 'POSTGRES', connection: superuser } },
      owner.accessToken,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      field: 'connection.user',
      reason: 'PRIVILEGED_ROLE',
    });
    expect(refused.errors?.[0]?.message).toContain('superuser');

    // An EDITOR cannot turn the override on.
    const editor = await signUp(stack, 'engines-editor');
    await stack.gql(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { role } }',
      { i: { organizationId: owner.organizationId, email: editor.email, role: 'EDITOR' } },
      owner.accessToken,
    );
    const asEditor = await stack.gql(
      CREATE_SOURCE,
      {
        i: {
          projectId: owner.projectId,
          name: 'superuser',
          kind: 'POSTGRES',
          connection: { ...superuser, allowPrivilegedRole: true },
        },
      },
      editor.accessToken,
    );
    expect(errorCode(asEditor)).toBe('FORBIDDEN');

    const overridden = await stack.gql<{
      createDataSource: {
        id: string;
        connection: { allowPrivilegedRole: boolean; privilegeWarning: string };
      };
    }>(
      CREATE_SOURCE,
      {
        i: {
          projectId: owner.projectId,
          name: 'superuser',
          kind: 'POSTGRES',
          connection: { ...superuser, allowPrivilegedRole: true },
        },
      },
      owner.accessToken,
    );
    const source = overridden.data!.createDataSource;
    expect(source.connection).toMatchObject({
      allowPrivilegedRole: true,
      privilegeWarning: expect.stringContaining('superuser'),
    });
    const test = await stack.gql<{ testDataSourceConnection: { ok: boolean } }>(
      'mutation($id: ID!) { testDataSourceConnection(id: $id) { ok } }',
      { id: source.id },
      owner.accessToken,
    );
    expect(test.data?.testDataSourceConnection.ok).toBe(true);
    for (const sql of [
      "SELECT * FROM ts_stat('select to_tsvector(pg_read_file(''/etc/passwd''))')",
      "SELECT * FROM pg_ls_dir('.')",
      "SELECT current_setting('data_directory')",
      "SELECT set_config('statement_timeout', '0', false)",
      'SELECT * FROM pg_show_all_settings()',
      'SELECT * FROM pg_show_all_file_settings()',
    ]) {
      const run = await runQuery(stack, owner.accessToken, { dataSourceId: source.id, sql });
      expect(run, sql).toMatchObject({ status: 'FAILED', error: { code: 'DENIED_FUNCTION' } });
      expect(JSON.stringify(run.rows)).not.toContain('root:');
    }
    expect(
      await runQuery(stack, owner.accessToken, { dataSourceId: source.id, sql: 'SELECT 1 AS one' }),
    ).toMatchObject({ status: 'SUCCEEDED', rows: [[1]] });

    // Turning the override off (any EDITOR may) refuses the source again.
    const off = await stack.gql(
      'mutation($i: UpdateDataSourceInput!) { updateDataSource(input: $i) { id } }',
      { i: { id: source.id, connection: { allowPrivilegedRole: false } } },
      editor.accessToken,
    );
    expect(errorCode(off)).toBe('BAD_USER_INPUT');
  });

  it('refuses link-local and cloud metadata hosts', async () => {
    for (const host of ['169.254.169.254', 'fe80::1']) {
      const result = await stack.gql(
        CREATE_SOURCE,
        {
          i: {
            projectId: owner.projectId,
            name: 'meta',
            kind: 'POSTGRES',
            connection: { host, database: 'x', user: 'x', password: 'x' },
          },
        },
        owner.accessToken,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe('connection.host');
    }
  });

  it('names the field of a bad connection setting', async () => {
    const result = await stack.gql(
      CREATE_SOURCE,
      {
        i: {
          projectId: owner.projectId,
          name: 'x',
          kind: 'POSTGRES',
          connection: { host: 'db', port: 99999, database: 'x', user: 'u' },
        },
      },
      owner.accessToken,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'connection.port',
    });
  });
});

describe.skipIf(!mysqlUp)('MySQL / MariaDB sources (MYSQL_URL)', () => {
  it('run read-only with a time limit and refuse hostile SQL', async () => {
    const url = new URL(MYSQL_URL!);
    const database = `tessera_${randomBytes(4).toString('hex')}`;
    const admin = await mysql.createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      multipleStatements: true,
    });
    const reader = `tr_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    await admin.query(`CREATE DATABASE ${database}; CREATE TABLE ${database}.items (id INT PRIMARY KEY, name VARCHAR(20)); INSERT INTO ${database}.items VALUES (1, 'a'), (2, 'b');
      CREATE USER '${reader}'@'%' IDENTIFIED BY '${password}'; GRANT SELECT ON ${database}.* TO '${reader}'@'%';`);
    try {
      // The server's admin user (ALL PRIVILEGES, FILE, GRANT OPTION) is refused; a SELECT-only user is the source.
      const root = await stack.gql(
        CREATE_SOURCE,
        {
          i: {
            projectId: owner.projectId,
            name: 'root',
            kind: 'MYSQL',
            connection: {
              host: url.hostname,
              port: Number(url.port || 3306),
              database,
              user: decodeURIComponent(url.username),
              password: decodeURIComponent(url.password),
            },
          },
        },
        owner.accessToken,
      );
      expect(root.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'connection.user',
        reason: 'PRIVILEGED_ROLE',
      });
      const id = await createSource('MYSQL', {
        host: url.hostname,
        port: Number(url.port || 3306),
        database,
        user: reader,
        password,
      });
      expect(
        await runQuery(stack, owner.accessToken, {
          dataSourceId: id,
          sql: 'SELECT id, name FROM items WHERE name = {{n}}',
          parameters: { n: 'a' },
        }),
      ).toMatchObject({ status: 'SUCCEEDED', rows: [[1, 'a']] });
      const capped = await runQuery(stack, owner.accessToken, {
        dataSourceId: id,
        sql: 'SELECT a.id FROM items a, items b, items c',
        maxRows: 3,
      });
      expect(capped).toMatchObject({ status: 'SUCCEEDED', rowCount: 3, truncated: true });
      await expectHostileRefused(id, 'mysql', 'SELECT count(*) FROM items', [[2]]);
    } finally {
      await admin.query(`DROP DATABASE ${database}; DROP USER '${reader}'@'%'`);
      await admin.end();
    }
  });
});

describe.skipIf(!clickhouseUp)('ClickHouse sources (CLICKHOUSE_URL)', () => {
  it('run with readonly settings and limits, and refuse hostile SQL', async () => {
    const database = `tessera_${randomBytes(4).toString('hex')}`;
    const ch = (sql: string) =>
      fetch(`${CLICKHOUSE_URL}/?query=${encodeURIComponent(sql)}`, { method: 'POST' }).then(async (r) => {
        if (!r.ok) throw new Error(await r.text());
      });
    await ch(`CREATE DATABASE ${database}`);
    await ch(`CREATE TABLE ${database}.items (id UInt32, name String) ENGINE = MergeTree() ORDER BY id`);
    await ch(`INSERT INTO ${database}.items VALUES (1, 'a'), (2, 'b')`);
    try {
      const id = await createSource('CLICKHOUSE', {
        url: CLICKHOUSE_URL,
        database,
        user: 'default',
        password: '',
      });
      expect(
        await runQuery(stack, owner.accessToken, {
          dataSourceId: id,
          sql: 'SELECT id, name FROM items WHERE name = {{n}}',
          parameters: { n: 'a' },
        }),
      ).toMatchObject({ status: 'SUCCEEDED', rows: [[1, 'a']] });
      const capped = await runQuery(stack, owner.accessToken, {
        dataSourceId: id,
        sql: 'SELECT arrayJoin(range(100000)) AS n',
        maxRows: 10,
      });
      expect(capped).toMatchObject({ status: 'SUCCEEDED', rowCount: 10, truncated: true });
      await expectHostileRefused(id, 'clickhouse', 'SELECT count() FROM items', [[2]]);
    } finally {
      await ch(`DROP DATABASE ${database}`);
    }
  });
});
