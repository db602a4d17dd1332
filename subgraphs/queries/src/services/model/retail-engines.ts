// Test support (imported by *.int.test.ts only): the retail fixture loaded into each engine, read
// through a least-privilege user where the engine has one, like a real source.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { createTestDatabase } from '@tessera/testing';
import { createClickhouseEngine } from '../../engines/clickhouse.ts';
import { createDuckdbEngine } from '../../engines/duckdb/engine.ts';
import { createMysqlEngine } from '../../engines/mysql.ts';
import { createPostgresEngine } from '../../engines/postgres.ts';
import type { QueryEngine } from '../../engines/types.ts';
import { csv, insertValues, PRODUCTS, SALES, STORES } from './fixtures.ts';

export interface RetailEngine {
  engine: QueryEngine;
  /** How a data source connects to it (PostgreSQL only). */
  connection?: { host: string; port: number; database: string; user: string; password: string };
  drop(): Promise<void>;
}

/** PostgreSQL with declared foreign keys. */
export async function retailPostgres(adminUrl: string): Promise<RetailEngine> {
  const reader = `tessera_model_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const db = await createTestDatabase(adminUrl);
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  await admin.query(`
    CREATE TABLE stores (store_id int PRIMARY KEY, store_name text, city_cd char(3), opened_on date);
    CREATE TABLE products (prod_id int PRIMARY KEY, prod_nm varchar(80), unit_prc numeric(8,2));
    CREATE TABLE sales (sale_id int PRIMARY KEY, store_id int REFERENCES stores, prod_id int REFERENCES products, sale_date date, qty int, amount numeric(10,2));
    INSERT INTO stores VALUES ${insertValues(STORES)};
    INSERT INTO products VALUES ${insertValues(PRODUCTS)};
    INSERT INTO sales VALUES ${insertValues(SALES)};
    CREATE ROLE ${reader} LOGIN PASSWORD '${password}';
    GRANT USAGE ON SCHEMA public TO ${reader};
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader};`);
  await admin.end();
  const url = new URL(db.url);
  const connection = {
    host: url.hostname,
    port: Number(url.port),
    database: url.pathname.slice(1),
    user: reader,
    password,
  };
  const engine = createPostgresEngine(connection);
  return {
    engine,
    connection,
    async drop() {
      await engine.close();
      await db.drop();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP ROLE IF EXISTS ${reader}`);
      await cleanup.end();
    },
  };
}

/** MariaDB / MySQL (InnoDB, declared foreign keys), read by a SELECT-only user. */
export async function retailMysql(mysqlUrl: string): Promise<RetailEngine> {
  const database = `tessera_${randomBytes(4).toString('hex')}`;
  const reader = `tm_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const url = new URL(mysqlUrl);
  const admin = await mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    multipleStatements: true,
  });
  await admin.query(`CREATE DATABASE ${database}; USE ${database};
    CREATE TABLE stores (store_id INT PRIMARY KEY, store_name VARCHAR(80), city_cd CHAR(3), opened_on DATE) ENGINE=InnoDB;
    CREATE TABLE products (prod_id INT PRIMARY KEY, prod_nm VARCHAR(80), unit_prc DECIMAL(8,2)) ENGINE=InnoDB;
    CREATE TABLE sales (sale_id INT PRIMARY KEY, store_id INT, prod_id INT, sale_date DATE, qty INT, amount DECIMAL(10,2),
      FOREIGN KEY (store_id) REFERENCES stores(store_id), FOREIGN KEY (prod_id) REFERENCES products(prod_id)) ENGINE=InnoDB;
    INSERT INTO stores VALUES ${insertValues(STORES)};
    INSERT INTO products VALUES ${insertValues(PRODUCTS)};
    INSERT INTO sales VALUES ${insertValues(SALES)};
    CREATE USER '${reader}'@'%' IDENTIFIED BY '${password}'; GRANT SELECT ON ${database}.* TO '${reader}'@'%';`);
  const engine = createMysqlEngine({
    host: url.hostname,
    port: Number(url.port || 3306),
    database,
    user: reader,
    password,
  });
  return {
    engine,
    async drop() {
      await engine.close();
      await admin.query(`DROP DATABASE ${database}; DROP USER '${reader}'@'%'`);
      await admin.end();
    },
  };
}

/** ClickHouse (no foreign keys at all; Nullable columns). */
export async function retailClickhouse(clickhouseUrl: string): Promise<RetailEngine> {
  const database = `tessera_${randomBytes(4).toString('hex')}`;
  const ch = (sql: string) =>
    fetch(`${clickhouseUrl}/?query=${encodeURIComponent(sql)}`, { method: 'POST' }).then(async (r) => {
      if (!r.ok) throw new Error(await r.text());
    });
  await ch(`CREATE DATABASE ${database}`);
  await ch(
    `CREATE TABLE ${database}.stores (store_id UInt32, store_name String, city_cd Nullable(String), opened_on Date) ENGINE = MergeTree() ORDER BY store_id`,
  );
  await ch(
    `CREATE TABLE ${database}.products (prod_id UInt32, prod_nm String, unit_prc Float64) ENGINE = MergeTree() ORDER BY prod_id`,
  );
  await ch(
    `CREATE TABLE ${database}.sales (sale_id UInt32, store_id UInt32, prod_id Nullable(UInt32), sale_date Date, qty Int32, amount Decimal(10, 2)) ENGINE = MergeTree() ORDER BY sale_id`,
  );
  await ch(`INSERT INTO ${database}.stores VALUES ${insertValues(STORES)}`);
  await ch(`INSERT INTO ${database}.products VALUES ${insertValues(PRODUCTS)}`);
  await ch(`INSERT INTO ${database}.sales VALUES ${insertValues(SALES)}`);
  const engine = createClickhouseEngine({ url: clickhouseUrl, database, user: 'default', password: '' });
  return {
    engine,
    async drop() {
      await engine.close();
      await ch(`DROP DATABASE ${database}`);
    },
  };
}

/** DuckDB with the three tables read from CSV files, as a FILE source holds them. */
export async function retailDuckdb(): Promise<RetailEngine> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tessera-model-'));
  const instance = await DuckDBInstance.create(path.join(dir, 'source.duckdb'));
  const connection = await instance.connect();
  for (const [table, body] of Object.entries(csv())) {
    const file = path.join(dir, `${table}.csv`);
    await writeFile(file, body);
    await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv_auto('${file}')`);
  }
  connection.closeSync();
  instance.closeSync();
  const engine = createDuckdbEngine({
    path: path.join(dir, 'source.duckdb'),
    memoryLimit: '256MB',
    threads: 1,
  });
  return {
    engine,
    async drop() {
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
