import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { configuredEngineAvailable, createTestDatabase } from '@tessera/testing';
import { createClickhouseEngine } from './clickhouse.ts';
import { createDuckdbEngine } from './duckdb/engine.ts';
import { createMysqlEngine } from './mysql.ts';
import { createPostgresEngine, type PostgresSettings } from './postgres.ts';
import type { ExecuteRequest, QueryEngine } from './types.ts';

const MYSQL_URL = process.env.MYSQL_URL;
const CLICKHOUSE_URL = process.env.CLICKHOUSE_URL;
// On CI (CI=true) an unset MYSQL_URL / CLICKHOUSE_URL fails this file instead of skipping.
const mysqlUp = await configuredEngineAvailable('MariaDB', 'MYSQL_URL', MYSQL_URL);
const clickhouseUp = await configuredEngineAvailable('ClickHouse', 'CLICKHOUSE_URL', CLICKHOUSE_URL);

const request = (sql: string, extra: Partial<ExecuteRequest> = {}): ExecuteRequest => ({
  sql,
  values: [],
  maxRows: 100,
  timeoutMs: 3_000,
  signal: new AbortController().signal,
  ...extra,
});
const failure = (engine: QueryEngine, sql: string, extra: Partial<ExecuteRequest> = {}) =>
  engine.execute(request(sql, extra)).then(
    () => null,
    (error: { code: string; message: string }) => error,
  );

/** The red-team statements of issue T6, sent to the engine directly (sql-guard bypassed). */
const ISSUE_CASES = [
  "SELECT * FROM ts_stat('select to_tsvector(pg_read_file(''/etc/passwd''))')",
  "SELECT * FROM pg_ls_dir('.')",
  "SELECT current_setting('data_directory')",
  "SELECT set_config('statement_timeout', '0', false)",
  'SELECT * FROM pg_show_all_settings()',
  'SELECT * FROM pg_show_all_file_settings()',
];

describe('PostgreSQL engine: privileges, read-only session, engine-exact gate', () => {
  let db: { url: string; drop(): Promise<void> };
  let admin: pg.Client;
  const reader = `tessera_reader_${randomBytes(4).toString('hex')}`;
  const fileReader = `tessera_files_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const engines: QueryEngine[] = [];
  let base: PostgresSettings;
  const engine = (settings: Partial<PostgresSettings>) => {
    const created = createPostgresEngine({ ...base, ...settings });
    engines.push(created);
    return created;
  };

  beforeAll(async () => {
    db = await createTestDatabase(inject('adminDatabaseUrl'));
    admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const url = new URL(db.url);
    base = {
      host: url.hostname,
      port: Number(url.port),
      database: url.pathname.slice(1),
      user: reader,
      password,
    };
    await admin.query(`
      CREATE TABLE public.items (id int PRIMARY KEY, name text);
      INSERT INTO public.items VALUES (1, 'a'), (2, 'b');
      CREATE TABLE public.item_tags (item_id int REFERENCES public.items (id), tag text);
      CREATE FUNCTION public.session_probe() RETURNS text LANGUAGE sql AS
        $$ SELECT current_setting('transaction_read_only') || '|' || current_setting('default_transaction_read_only') || '|' || current_setting('search_path') || '|' || current_setting('statement_timeout') $$;
      CREATE FUNCTION public.hidden_write() RETURNS int LANGUAGE sql VOLATILE AS $$ INSERT INTO public.items VALUES (3, 'c') RETURNING 1 $$;
      CREATE ROLE ${reader} LOGIN PASSWORD '${password}';
      GRANT USAGE ON SCHEMA public TO ${reader};
      GRANT SELECT, INSERT ON public.items TO ${reader};
      GRANT SELECT ON public.item_tags TO ${reader};
      CREATE ROLE ${fileReader} LOGIN PASSWORD '${password}';
      GRANT pg_read_server_files TO ${fileReader};`);
  });

  afterAll(async () => {
    await Promise.all(engines.map((e) => e.close().catch(() => undefined)));
    await admin.end();
    await db.drop();
    const cleanup = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
    await cleanup.connect();
    await cleanup.query(`DROP ROLE IF EXISTS ${reader}; DROP ROLE IF EXISTS ${fileReader}`);
    await cleanup.end();
  });

  it('runs a least-privilege role in a read-only transaction with a pinned search path and a time limit', async () => {
    const least = engine({});
    expect(await least.privileges()).toEqual([]);
    expect((await least.execute(request('SELECT id, name FROM items ORDER BY id'))).rows).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    const [[probe]] = (await least.execute(request('SELECT public.session_probe()', { timeoutMs: 4_321 })))
      .rows as [[string]];
    // transaction_read_only | the session's default_transaction_read_only | search_path | statement_timeout
    expect(probe).toBe('on|on|pg_catalog, "$user", public, pg_temp|4321ms');
    expect(await least.introspect()).toEqual([
      expect.objectContaining({
        name: 'item_tags',
        schema: 'public',
        foreignKeys: [{ columns: ['item_id'], referencedTable: 'items', referencedColumns: ['id'] }],
      }),
      expect.objectContaining({ name: 'items', schema: 'public' }),
    ]);
    // A write the guards cannot see (inside a function) still fails: the transaction is read-only.
    expect(await failure(least, 'SELECT public.hidden_write()')).toMatchObject({
      code: 'READ_ONLY_VIOLATION',
    });
    expect((await admin.query('SELECT count(*)::int AS n FROM public.items')).rows[0].n).toBe(2);
  });

  it('refuses a superuser and a member of pg_read_server_files before running anything', async () => {
    const admins = new URL(inject('adminDatabaseUrl'));
    const superuser = engine({
      user: decodeURIComponent(admins.username),
      password: decodeURIComponent(admins.password),
    });
    expect(await superuser.privileges()).toContain('superuser');
    expect(await failure(superuser, 'SELECT 1')).toMatchObject({
      code: 'PRIVILEGED_ROLE',
      message: expect.stringContaining('superuser'),
    });
    const files = engine({ user: fileReader });
    expect(await files.privileges()).toEqual(['pg_read_server_files']);
    expect(await failure(files, 'SELECT 1')).toMatchObject({
      code: 'PRIVILEGED_ROLE',
      message: expect.stringContaining('pg_read_server_files'),
    });
  });

  it("blocks the issue's red-team statements even on a superuser with the admin override (sql-guard bypassed)", async () => {
    const admins = new URL(inject('adminDatabaseUrl'));
    const overridden = engine({
      user: decodeURIComponent(admins.username),
      password: decodeURIComponent(admins.password),
      allowPrivilegedRole: true,
    });
    expect((await overridden.execute(request('SELECT count(*)::int FROM items'))).rows).toEqual([[2]]);
    for (const sql of ISSUE_CASES) {
      expect(await failure(overridden, sql), sql).toMatchObject({ code: 'DENIED_FUNCTION' });
    }
  });
});

describe.skipIf(!mysqlUp)('MariaDB / MySQL engine: privileges (MYSQL_URL)', () => {
  const database = `tessera_${randomBytes(4).toString('hex')}`;
  const reader = `tr_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  let admin: mysql.Connection;
  const engines: QueryEngine[] = [];
  const url = new URL(MYSQL_URL ?? 'mysql://x');
  const engine = (user: string, pass: string, allowPrivilegedRole = false) => {
    const created = createMysqlEngine({
      host: url.hostname,
      port: Number(url.port || 3306),
      database,
      user,
      password: pass,
      allowPrivilegedRole,
    });
    engines.push(created);
    return created;
  };

  beforeAll(async () => {
    admin = await mysql.createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      multipleStatements: true,
    });
    await admin.query(`CREATE DATABASE ${database}; CREATE TABLE ${database}.items (id INT PRIMARY KEY); INSERT INTO ${database}.items VALUES (1), (2);
      CREATE USER '${reader}'@'%' IDENTIFIED BY '${password}'; GRANT SELECT ON ${database}.* TO '${reader}'@'%';
      CREATE USER '${reader}f'@'%' IDENTIFIED BY '${password}'; GRANT SELECT ON ${database}.* TO '${reader}f'@'%'; GRANT FILE ON *.* TO '${reader}f'@'%';`);
  });

  afterAll(async () => {
    await Promise.all(engines.map((e) => e.close().catch(() => undefined)));
    await admin.query(`DROP DATABASE ${database}; DROP USER '${reader}'@'%'; DROP USER '${reader}f'@'%'`);
    await admin.end();
  });

  it('runs a SELECT-only user, refuses FILE and root-like users unless overridden', async () => {
    const least = engine(reader, password);
    expect(await least.privileges()).toEqual([]);
    expect((await least.execute(request('SELECT count(*) FROM items'))).rows).toEqual([[2]]);
    const file = engine(`${reader}f`, password);
    expect(await file.privileges()).toEqual(['FILE']);
    expect(await failure(file, 'SELECT 1')).toMatchObject({
      code: 'PRIVILEGED_ROLE',
      message: expect.stringContaining('FILE'),
    });
    const root = engine(decodeURIComponent(url.username), decodeURIComponent(url.password));
    expect(await failure(root, 'SELECT 1')).toMatchObject({ code: 'PRIVILEGED_ROLE' });
    const overridden = engine(decodeURIComponent(url.username), decodeURIComponent(url.password), true);
    expect((await overridden.execute(request('SELECT count(*) FROM items'))).rows).toEqual([[2]]);
  });
});

describe.skipIf(!clickhouseUp)('ClickHouse engine (CLICKHOUSE_URL)', () => {
  const database = `tessera_${randomBytes(4).toString('hex')}`;
  const ch = (sql: string) =>
    fetch(`${CLICKHOUSE_URL}/?query=${encodeURIComponent(sql)}`, { method: 'POST' }).then(async (r) => {
      if (!r.ok) throw new Error(await r.text());
    });
  let engine: QueryEngine;
  const impostors: Server[] = [];

  beforeAll(async () => {
    await ch(`CREATE DATABASE ${database}`);
    await ch(
      `CREATE TABLE ${database}.items (id UInt32, name String, created Date) ENGINE = MergeTree() ORDER BY id`,
    );
    await ch(`INSERT INTO ${database}.items VALUES (1, 'a', '2024-01-01'), (2, 'b', '2024-01-02')`);
    engine = createClickhouseEngine({ url: CLICKHOUSE_URL!, database, user: 'default', password: '' });
    // An internal HTTP service an attacker would like to read through a "ClickHouse" source.
    for (const status of [200, 500]) {
      const impostor = createServer((_req, res) => {
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end('INTERNAL-SECRET-BODY {"meta":[],"data":[]}');
      });
      await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
      impostors.push(impostor);
    }
  });

  afterAll(async () => {
    await engine.close();
    await Promise.all(impostors.map((impostor) => new Promise((resolve) => impostor.close(resolve))));
    await ch(`DROP DATABASE ${database}`);
  });

  it('lists tables and columns in definition order on 18.16 (no system.columns.position: T9)', async () => {
    const tables = await engine.introspect();
    expect(tables).toEqual([
      {
        name: 'items',
        schema: null,
        columns: [
          { name: 'id', type: 'UInt32' },
          { name: 'name', type: 'String' },
          { name: 'created', type: 'Date' },
        ],
        foreignKeys: [],
      },
    ]);
  });

  it('runs through @clickhouse/client with readonly=1: a SETTINGS clause cannot raise the limits', async () => {
    expect((await engine.execute(request("SELECT id, name FROM items WHERE name = 'b'"))).rows).toEqual([
      [2, 'b'],
    ]);
    // sql-guard refuses SETTINGS; the server refuses it too.
    expect(
      await failure(engine, 'SELECT count() FROM items SETTINGS max_execution_time = 1000'),
    ).toMatchObject({ code: 'READ_ONLY_VIOLATION' });
    expect(await failure(engine, 'SELECT count() FROM items SETTINGS readonly = 0')).toMatchObject({
      code: 'READ_ONLY_VIOLATION',
    });
    expect(await failure(engine, "SELECT * FROM url('http://127.0.0.1:1/', CSV, 'a String')")).not.toBeNull();
  });

  it('never echoes the body of a server that is not ClickHouse (SSRF)', async () => {
    for (const target of impostors.map(
      (impostor) => `http://127.0.0.1:${(impostor.address() as AddressInfo).port}`,
    )) {
      const other = createClickhouseEngine({
        url: target,
        database: 'default',
        user: 'default',
        password: '',
      });
      try {
        const error = await failure(other, 'SELECT 1');
        expect(error).toMatchObject({
          code: 'CONNECTION_FAILED',
          message: 'The server did not answer like a ClickHouse server',
        });
        expect(JSON.stringify(error)).not.toContain('SECRET');
        await expect(other.introspect()).rejects.toMatchObject({ code: 'CONNECTION_FAILED' });
      } finally {
        await other.close();
      }
    }
  });
});

describe('ClickHouse engine: a server that never answers', () => {
  it('gives up at the time limit (plus a grace period) with TIMEOUT, as max_execution_time is only checked between blocks', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const engine = createClickhouseEngine({
      url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      database: 'default',
      user: 'default',
      password: '',
    });
    try {
      expect(await failure(engine, 'SELECT 1', { timeoutMs: 300 })).toMatchObject({ code: 'TIMEOUT' });
    } finally {
      await engine.close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('DuckDB engine: json_serialize_sql gate and no server paths', () => {
  let dir: string;
  let engine: QueryEngine;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tessera-duck-'));
    const file = path.join(dir, 'secret-tenant-folder.duckdb');
    const instance = await DuckDBInstance.create(file);
    const connection = await instance.connect();
    await connection.run("CREATE TABLE items AS SELECT * FROM (VALUES (1, 'a'), (2, 'b')) v(id, name)");
    connection.closeSync();
    instance.closeSync();
    engine = createDuckdbEngine({ path: file, memoryLimit: '256MB', threads: 1 });
  });

  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses functions and file scans that reveal or read server paths (sql-guard bypassed)', async () => {
    expect((await engine.execute(request('SELECT count(*) FROM items'))).rows).toEqual([[2]]);
    for (const sql of [
      'SELECT * FROM duckdb_databases()',
      'SELECT path FROM duckdb_databases()',
      'SELECT * FROM duckdb_extensions()',
      'SELECT * FROM duckdb_settings()',
      'SELECT * FROM pragma_database_list()',
      "SELECT * FROM read_csv('/etc/passwd')",
      "SELECT * FROM '/etc/passwd'",
      'SELECT * FROM "secrets.csv"',
    ]) {
      const error = await failure(engine, sql);
      expect(error, sql).toMatchObject({ code: 'DENIED_FUNCTION' });
    }
    expect(await failure(engine, 'SELECT 1; SELECT 2')).toMatchObject({ code: 'MULTIPLE_STATEMENTS' });
    expect(await failure(engine, 'PRAGMA database_list')).toMatchObject({ code: 'NOT_READ_ONLY' });
  });

  it('never names the database file in an error', async () => {
    for (const sql of [
      'SELECT * FROM no_such_table',
      "SELECT current_database(), * FROM items WHERE id = 'x'",
    ]) {
      const error = await failure(engine, sql);
      expect(JSON.stringify(error)).not.toContain(dir);
    }
  });
});
