import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { configuredEngineAvailable } from '@tessera/testing';
import type { QueryEngine } from '../../engines/types.ts';
import { LATEST_SALE, SALES } from './fixtures.ts';
import { budgetOf } from './infer.ts';
import { checkContainment, profileTables } from './profile.ts';
import {
  retailClickhouse,
  retailDuckdb,
  retailMysql,
  retailPostgres,
  type RetailEngine,
} from './retail-engines.ts';

const MYSQL_URL = process.env.MYSQL_URL;
const CLICKHOUSE_URL = process.env.CLICKHOUSE_URL;
// On CI (CI=true) an unset MYSQL_URL / CLICKHOUSE_URL fails this file instead of skipping.
const mysqlUp = await configuredEngineAvailable('MariaDB', 'MYSQL_URL', MYSQL_URL);
const clickhouseUp = await configuredEngineAvailable('ClickHouse', 'CLICKHOUSE_URL', CLICKHOUSE_URL);

/** The statistics every engine's profiling SQL must produce for the retail fixture (all of it fits the sample). */
async function expectRetailProfile(engine: QueryEngine) {
  const tables = await engine.introspect();
  const profile = await profileTables(engine, engine.dialect, tables, budgetOf(20_000));
  const stats = (table: string, name: string) =>
    profile.find((t) => t.name === table)?.columns.find((c) => c.name === name);
  expect(profile.find((t) => t.name === 'sales')?.rowCount).toBe(SALES.length);
  expect(stats('sales', 'store_id')).toMatchObject({
    rowCount: SALES.length,
    distinctCount: 3,
    nullCount: 0,
    min: '1',
    max: '3',
  });
  expect(stats('sales', 'sale_date')).toMatchObject({
    distinctCount: SALES.length,
    min: '2024-03-01',
    max: LATEST_SALE,
  });
  expect(stats('stores', 'city_cd')).toMatchObject({ distinctCount: 2, topValues: ['PAR', 'LON'] });
  expect(Number(stats('products', 'unit_prc')?.max)).toBe(39.5);
  const candidates = [
    { fromTable: 'sales', fromColumn: 'store_id', toTable: 'stores', toColumn: 'store_id' },
    { fromTable: 'stores', fromColumn: 'store_id', toTable: 'products', toColumn: 'prod_id' },
  ];
  expect([...(await checkContainment(engine, engine.dialect, tables, candidates, budgetOf(10_000)))]).toEqual(
    ['sales.store_id->stores.store_id'],
  );
}

function suite(name: string, setup: () => Promise<RetailEngine>) {
  let retail: RetailEngine;
  beforeAll(async () => {
    retail = await setup();
  });
  afterAll(() => retail?.drop());
  it(`profiles columns and checks key containment with ${name} SQL`, () =>
    expectRetailProfile(retail.engine));
}

describe('PostgreSQL profiling', () => suite('PostgreSQL', () => retailPostgres(inject('adminDatabaseUrl'))));
describe.skipIf(!mysqlUp)('MariaDB profiling (MYSQL_URL)', () =>
  suite('MariaDB', () => retailMysql(MYSQL_URL!)),
);
describe.skipIf(!clickhouseUp)('ClickHouse 18.16 profiling (CLICKHOUSE_URL)', () =>
  suite('ClickHouse', () => retailClickhouse(CLICKHOUSE_URL!)),
);
describe('DuckDB profiling (FILE source tables)', () => suite('DuckDB', () => retailDuckdb()));
