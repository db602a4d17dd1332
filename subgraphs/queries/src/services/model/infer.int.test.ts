import type { SemanticModel } from '@tessera/semantic-model';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { configuredEngineAvailable } from '@tessera/testing';
import type { QueryEngine } from '../../engines/types.ts';
import { LATEST_SALE } from './fixtures.ts';
import { budgetOf, inferSourceModel } from './infer.ts';
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

const TODAY = new Date().toISOString().slice(0, 10);

async function infer(engine: QueryEngine, live: boolean): Promise<SemanticModel> {
  return inferSourceModel(engine, engine.dialect, await engine.introspect(), {
    live,
    today: TODAY,
    budget: budgetOf(20_000),
  });
}

const column = (model: SemanticModel, table: string, name: string) =>
  model.tables.find((t) => t.name === table)?.columns.find((c) => c.name === name);
const relationships = (model: SemanticModel) =>
  model.relationships.map((r) => `${r.fromTable}.${r.fromColumn}->${r.toTable}.${r.toColumn}`);

/** What every engine must agree on for the retail fixture. */
function expectRetailModel(model: SemanticModel) {
  expect(model.tables.map((t) => t.name).sort()).toEqual(['products', 'sales', 'stores']);
  expect(column(model, 'sales', 'amount')).toMatchObject({ role: 'MEASURE', aggregation: 'sum' });
  expect(column(model, 'sales', 'qty')).toMatchObject({ role: 'MEASURE', aggregation: 'sum' });
  expect(column(model, 'sales', 'sale_date')).toMatchObject({ role: 'TIME' });
  expect(column(model, 'sales', 'store_id')).toMatchObject({ role: 'IDENTIFIER' });
  expect(column(model, 'stores', 'city_cd')).toMatchObject({ role: 'DIMENSION', label: 'City code' });
  expect(column(model, 'products', 'unit_prc')).toMatchObject({
    role: 'MEASURE',
    aggregation: 'avg',
    label: 'Unit price',
  });
  expect(relationships(model)).toEqual(
    expect.arrayContaining(['sales.store_id->stores.store_id', 'sales.prod_id->products.prod_id']),
  );
  expect(model.relationships.every((r) => r.inferred)).toBe(true);
}

function suite(
  setup: () => Promise<RetailEngine>,
  expectations: { live: boolean; asOf: string; title: string },
) {
  let retail: RetailEngine;
  beforeAll(async () => {
    retail = await setup();
  });
  afterAll(() => retail?.drop());
  it(expectations.title, async () => {
    const model = await infer(retail.engine, expectations.live);
    expectRetailModel(model);
    expect(model.asOf).toBe(expectations.asOf);
  });
}

describe('PostgreSQL model', () =>
  suite(() => retailPostgres(inject('adminDatabaseUrl')), {
    live: true,
    asOf: TODAY,
    title: "declared foreign keys become relationships; roles, labels; a live source's asOf is today",
  }));
describe.skipIf(!mysqlUp)('MariaDB model (MYSQL_URL)', () =>
  suite(() => retailMysql(MYSQL_URL!), {
    live: true,
    asOf: TODAY,
    title: 'roles and labels from MariaDB types and statistics, declared keys as relationships',
  }),
);
describe.skipIf(!clickhouseUp)('ClickHouse 18.16 model (CLICKHOUSE_URL)', () =>
  suite(() => retailClickhouse(CLICKHOUSE_URL!), {
    live: true,
    asOf: TODAY,
    title:
      'roles from ClickHouse types (Nullable, LowCardinality, Decimal); keys found by name and containment',
  }),
);
describe('DuckDB model (a FILE source of three CSV-derived tables)', () =>
  suite(() => retailDuckdb(), {
    live: false,
    asOf: LATEST_SALE,
    title:
      'sales.store_id → stores.store_id by containment, amount a summed MEASURE, the date TIME, asOf the latest date',
  }));
