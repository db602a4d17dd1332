import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bindParameters, guardSql, hostileCorpus, type Engine } from '@tessera/sql-guard';
import { configuredEngineAvailable, createTestDatabase } from '@tessera/testing';
import { createClickhouseEngine } from './clickhouse.ts';
import { createDuckdbEngine } from './duckdb/engine.ts';
import { createMysqlEngine } from './mysql.ts';
import { createPostgresEngine } from './postgres.ts';
import type { QueryEngine } from './types.ts';

/**
 * The whole hostile corpus against REAL engines, through the same layers as a run: sql-guard, then
 * the engine (its engine-exact gate, privilege check and sandbox). Every attempt must end blocked —
 * by the guard or by the engine (refusal, read-only violation, time limit) — and none executed.
 * The figure is printed: attempts, blocked (by which layer), executed (target 0).
 *
 * A second pass sends the statements the guard refuses for being writes, commands, several
 * statements or denied functions straight to the PostgreSQL superuser source with the admin
 * override and to DuckDB (sql-guard bypassed): the engine-exact gates alone must block them.
 */
const MYSQL_URL = process.env.MYSQL_URL;
const CLICKHOUSE_URL = process.env.CLICKHOUSE_URL;
// On CI (CI=true) an unset MYSQL_URL / CLICKHOUSE_URL fails this file instead of skipping.
const mysqlUp = await configuredEngineAvailable('MariaDB', 'MYSQL_URL', MYSQL_URL);
const clickhouseUp = await configuredEngineAvailable('ClickHouse', 'CLICKHOUSE_URL', CLICKHOUSE_URL);
const TIMEOUT_MS = 1_500;
/** Rows of `t`, so the cross joins the guard lets through are really expensive: 1000⁴. */
const T_ROWS = 1_000;

interface Target {
  name: string;
  dialect: Engine;
  engine: QueryEngine;
}

interface Figure {
  attempts: number;
  blockedByGuard: number;
  blockedByEngine: number;
  executed: number;
  executedSql: string[];
}

const targets: Target[] = [];
const cleanups: (() => Promise<void>)[] = [];

async function attempt(
  target: Target,
  sql: string,
  useGuard: boolean,
): Promise<'guard' | 'engine' | 'executed'> {
  let text = sql;
  let values: unknown[] = [];
  if (useGuard) {
    const guarded = guardSql(sql, target.dialect);
    if (!guarded.ok) return 'guard';
    const bound = bindParameters(
      guarded.sql,
      Object.fromEntries(guarded.parameters.map((name) => [name, 1])),
      target.dialect,
    );
    if (!bound.ok) return 'guard';
    ({ text, values } = bound);
  }
  try {
    await target.engine.execute({
      sql: text,
      values,
      maxRows: 1_000,
      timeoutMs: TIMEOUT_MS,
      signal: AbortSignal.timeout(TIMEOUT_MS * 10),
    });
    return 'executed';
  } catch {
    return 'engine';
  }
}

async function figure(target: Target, cases: readonly { sql: string }[], useGuard: boolean): Promise<Figure> {
  const result: Figure = { attempts: 0, blockedByGuard: 0, blockedByEngine: 0, executed: 0, executedSql: [] };
  for (const { sql } of cases) {
    result.attempts += 1;
    const outcome = await attempt(target, sql, useGuard);
    if (outcome === 'guard') result.blockedByGuard += 1;
    else if (outcome === 'engine') result.blockedByEngine += 1;
    else {
      result.executed += 1;
      result.executedSql.push(sql);
    }
  }
  return result;
}

const casesFor = (dialect: Engine) => hostileCorpus.filter((c) => c.engine === 'all' || c.engine === dialect);

beforeAll(async () => {
  // PostgreSQL: a least-privilege role, and the superuser with the admin override.
  const db = await createTestDatabase(inject('adminDatabaseUrl'));
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  const reader = `tessera_corpus_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await admin.query(`CREATE TABLE t (id int, a int); INSERT INTO t SELECT g, g FROM generate_series(1, ${T_ROWS}) g; CREATE TABLE x (id int);
    CREATE SEQUENCE seq; CREATE ROLE ${reader} LOGIN PASSWORD '${password}'; GRANT USAGE ON SCHEMA public TO ${reader};
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader}`);
  const url = new URL(db.url);
  const pgBase = { host: url.hostname, port: Number(url.port), database: url.pathname.slice(1) };
  const adminUrl = new URL(inject('adminDatabaseUrl'));
  targets.push(
    {
      name: 'PostgreSQL (least-privilege role)',
      dialect: 'postgres',
      engine: createPostgresEngine({ ...pgBase, user: reader, password }),
    },
    {
      name: 'PostgreSQL (superuser + admin override)',
      dialect: 'postgres',
      engine: createPostgresEngine({
        ...pgBase,
        user: decodeURIComponent(adminUrl.username),
        password: decodeURIComponent(adminUrl.password),
        allowPrivilegedRole: true,
      }),
    },
  );
  cleanups.push(async () => {
    await admin.end();
    await db.drop();
    const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
    await client.connect();
    await client.query(`DROP ROLE IF EXISTS ${reader}`);
    await client.end();
  });

  // DuckDB: a database file with t.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tessera-corpus-'));
  const file = path.join(dir, 'corpus.duckdb');
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  await connection.run(
    `CREATE TABLE t AS SELECT range AS id, range AS a FROM range(${T_ROWS}); CREATE TABLE x (id INT)`,
  );
  connection.closeSync();
  instance.closeSync();
  targets.push({
    name: 'DuckDB',
    dialect: 'duckdb',
    engine: createDuckdbEngine({ path: file, memoryLimit: '256MB', threads: 1 }),
  });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));

  if (mysqlUp) {
    const my = new URL(MYSQL_URL!);
    const database = `tessera_corpus_${randomBytes(4).toString('hex')}`;
    const user = `tc_${randomBytes(4).toString('hex')}`;
    const root = await mysql.createConnection({
      host: my.hostname,
      port: Number(my.port || 3306),
      user: decodeURIComponent(my.username),
      password: decodeURIComponent(my.password),
      multipleStatements: true,
    });
    await root.query(`CREATE DATABASE ${database}; CREATE TABLE ${database}.t (id INT, a INT); CREATE TABLE ${database}.x (id INT);
      INSERT INTO ${database}.t SELECT seq, seq FROM ${database}.seq_1_to_${T_ROWS};
      CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'; GRANT SELECT ON ${database}.* TO '${user}'@'%'`);
    targets.push({
      name: 'MariaDB (SELECT-only user)',
      dialect: 'mysql',
      engine: createMysqlEngine({
        host: my.hostname,
        port: Number(my.port || 3306),
        database,
        user,
        password,
      }),
    });
    cleanups.push(async () => {
      await root.query(`DROP DATABASE ${database}; DROP USER '${user}'@'%'`);
      await root.end();
    });
  }

  if (clickhouseUp) {
    const database = `tessera_corpus_${randomBytes(4).toString('hex')}`;
    const ch = (sql: string) =>
      fetch(`${CLICKHOUSE_URL}/?query=${encodeURIComponent(sql)}`, { method: 'POST' }).then(async (r) => {
        if (!r.ok) throw new Error(await r.text());
      });
    await ch(`CREATE DATABASE ${database}`);
    await ch(`CREATE TABLE ${database}.t (id UInt32, a UInt32) ENGINE = MergeTree() ORDER BY id`);
    await ch(`INSERT INTO ${database}.t SELECT number, number FROM numbers(${T_ROWS})`);
    await ch(`CREATE TABLE ${database}.x (id UInt32) ENGINE = MergeTree() ORDER BY id`);
    targets.push({
      name: 'ClickHouse',
      dialect: 'clickhouse',
      engine: createClickhouseEngine({ url: CLICKHOUSE_URL!, database, user: 'default', password: '' }),
    });
    cleanups.push(() => ch(`DROP DATABASE ${database}`));
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(targets.map((t) => t.engine.close().catch(() => undefined)));
  for (const cleanup of cleanups) await cleanup().catch(() => undefined);
});

describe('hostile corpus against real engines', () => {
  it('blocks every attempt: 0 executed (sql-guard + engine)', async () => {
    const rows: Record<string, Figure & { target: string }> = {};
    let total: Figure = { attempts: 0, blockedByGuard: 0, blockedByEngine: 0, executed: 0, executedSql: [] };
    for (const target of targets) {
      const result = await figure(target, casesFor(target.dialect), true);
      rows[target.name] = { target: target.name, ...result };
      total = {
        attempts: total.attempts + result.attempts,
        blockedByGuard: total.blockedByGuard + result.blockedByGuard,
        blockedByEngine: total.blockedByEngine + result.blockedByEngine,
        executed: total.executed + result.executed,
        executedSql: [...total.executedSql, ...result.executedSql.map((sql) => `${target.name}: ${sql}`)],
      };
    }
    console.log(
      `HOSTILE CORPUS FIGURE — attempts ${total.attempts}, blocked ${total.blockedByGuard + total.blockedByEngine} (sql-guard ${total.blockedByGuard}, engine ${total.blockedByEngine}), executed ${total.executed}`,
    );
    console.table(Object.values(rows).map(({ executedSql: _, ...row }) => row));
    expect(total.executedSql).toEqual([]);
    expect(total.attempts).toBeGreaterThan(300);
  }, 600_000);

  it('blocks writes, commands, stacked statements and denied functions with sql-guard bypassed (engine-exact gates)', async () => {
    const gated = ['MULTIPLE_STATEMENTS', 'NOT_READ_ONLY', 'DENIED_FUNCTION'];
    const lines: string[] = [];
    for (const target of targets.filter((t) => t.name.includes('superuser') || t.dialect === 'duckdb')) {
      const cases = casesFor(target.dialect).filter(
        (c) => c.expectCode !== null && gated.includes(c.expectCode),
      );
      const result = await figure(target, cases, false);
      lines.push(
        `${target.name}: attempts ${result.attempts}, blocked by the engine ${result.blockedByEngine}, executed ${result.executed}`,
      );
      expect(result.executedSql, target.name).toEqual([]);
    }
    console.log(`HOSTILE CORPUS, sql-guard bypassed — ${lines.join('; ')}`);
  }, 600_000);
});
