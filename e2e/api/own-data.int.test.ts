import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRETS } from '@tessera/testing';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId, runQuery } from '../support/queries.ts';
import { errorCode, startStack, type Stack } from '../support/stack.ts';

// Own data, end to end: several files land in ONE FILE source (createFileUpload + PUT), they join,
// the source's semantic model is inferred from them (relationships, roles, asOf) and edited.

let stack: Stack;
let owner: SignedUpUser;
let stranger: SignedUpUser;
let gatewayBase: string;
let scratch: string;

beforeAll(async () => {
  stack = await startStack();
  [owner, stranger] = await Promise.all([signUp(stack, 'own-data'), signUp(stack, 'own-data-other')]);
  gatewayBase = new URL(stack.gatewayUrl).origin;
  scratch = await mkdtemp(path.join(os.tmpdir(), 'tessera-own-data-'));
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Links are built for the public URL; tests reach the same path on the test gateway. */
const local = (url: string) => `${gatewayBase}${new URL(url).pathname}`;

const STORES = 'store_id,store_name,city_cd\n1,Harbour Street,PAR\n2,Old Mill,LON\n3,North Gate,PAR\n';
const PRODUCTS = 'prod_id,prod_nm,unit_prc\n10,Linen shirt,39.5\n11,Wool scarf,24\n12,Canvas bag,18.25\n';
const SALES =
  [
    'sale_id,store_id,prod_id,sale_date,qty,amount',
    ...Array.from(
      { length: 18 },
      (_, i) =>
        `${100 + i},${1 + (i % 3)},${10 + (i % 3)},2024-05-${String(1 + i).padStart(2, '0')},${1 + (i % 4)},${(1 + (i % 4)) * 10}.50`,
    ),
  ].join('\n') + '\n';
const LATEST_SALE = '2024-05-18';

const CREATE_UPLOAD =
  'mutation($i: CreateFileUploadInput!) { createFileUpload(input: $i) { uploadUrl dataSource { id kind } } }';
const MODEL = `query($id: ID!) { dataSource(id: $id) { id model { asOf version
  tables { name label columns { name label role aggregation synonyms values { value label } } }
  relationships { fromTable fromColumn toTable toColumn inferred } } } }`;
const UPDATE_MODEL = `mutation($i: UpdateSemanticModelInput!) { updateSemanticModel(input: $i) { version
  tables { name columns { name synonyms values { value label } } } } }`;

interface ModelData {
  asOf: string | null;
  version: number;
  tables: {
    name: string;
    label: string;
    columns: {
      name: string;
      label: string;
      role: string;
      aggregation: string | null;
      synonyms: string[];
      values: { value: string; label: string }[];
    }[];
  }[];
  relationships: {
    fromTable: string;
    fromColumn: string;
    toTable: string;
    toColumn: string;
    inferred: boolean;
  }[];
}

async function upload(
  input: { name: string; format: string; table: string; dataSourceId?: string },
  body: string | Buffer,
  contentType: string,
) {
  const created = await stack.gql<{ createFileUpload: { uploadUrl: string; dataSource: { id: string } } }>(
    CREATE_UPLOAD,
    { i: { projectId: owner.projectId, ...input } },
    owner.accessToken,
  );
  if (!created.data) throw new Error(`createFileUpload failed: ${JSON.stringify(created.errors)}`);
  const { uploadUrl, dataSource } = created.data.createFileUpload;
  const put = await fetch(local(uploadUrl), {
    method: 'PUT',
    headers: { 'content-type': contentType },
    body,
  });
  return {
    uploadUrl,
    dataSourceId: dataSource.id,
    status: put.status,
    body: (await put.json()) as Record<string, unknown>,
  };
}

async function model(sourceId: string, token = owner.accessToken) {
  return stack.gql<{ dataSource: { model: ModelData } | null }>(MODEL, { id: sourceId }, token);
}

const column = (m: ModelData, table: string, name: string) =>
  m.tables.find((t) => t.name === table)?.columns.find((c) => c.name === name);

describe('three CSV files in one source', () => {
  let sourceId: string;
  let firstUrl: string;

  beforeAll(async () => {
    const stores = await upload({ name: 'Retail', format: 'csv', table: 'stores' }, STORES, 'text/csv');
    expect(stores.status).toBe(200);
    sourceId = stores.dataSourceId;
    firstUrl = stores.uploadUrl;
    for (const [table, body] of [
      ['products', PRODUCTS],
      ['sales', SALES],
    ] as const) {
      const landed = await upload(
        { name: table, format: 'csv', table, dataSourceId: sourceId },
        body,
        'text/csv',
      );
      expect(landed, table).toMatchObject({ status: 200, dataSourceId: sourceId, body: { table } });
    }
  }, 60_000);

  it('are tables of one source that join', async () => {
    const run = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql: 'SELECT st.city_cd, sum(sa.qty) AS units FROM sales sa JOIN stores st ON st.store_id = sa.store_id GROUP BY st.city_cd ORDER BY st.city_cd',
    });
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      rows: [
        ['LON', 13],
        ['PAR', 30],
      ],
    });
  });

  it('get a model: sales.store_id → stores.store_id, amount a summed MEASURE, the date TIME, asOf the latest sale', async () => {
    const result = await model(sourceId);
    const inferred = result.data!.dataSource!.model;
    expect(inferred.tables.map((t) => t.name).sort()).toEqual(['products', 'sales', 'stores']);
    expect(inferred.relationships).toContainEqual({
      fromTable: 'sales',
      fromColumn: 'store_id',
      toTable: 'stores',
      toColumn: 'store_id',
      inferred: true,
    });
    expect(inferred.relationships).toContainEqual({
      fromTable: 'sales',
      fromColumn: 'prod_id',
      toTable: 'products',
      toColumn: 'prod_id',
      inferred: true,
    });
    expect(column(inferred, 'sales', 'amount')).toMatchObject({ role: 'MEASURE', aggregation: 'sum' });
    expect(column(inferred, 'sales', 'sale_date')).toMatchObject({ role: 'TIME' });
    expect(column(inferred, 'products', 'unit_prc')).toMatchObject({
      role: 'MEASURE',
      aggregation: 'avg',
      label: 'Unit price',
    });
    expect(inferred.asOf).toBe(LATEST_SALE);
    expect(inferred.version).toBeGreaterThan(0);
  });

  it('keep synonyms and value labels an editor gives, over later reads', async () => {
    const before = (await model(sourceId)).data!.dataSource!.model.version;
    const edit = {
      dataSourceId: sourceId,
      columns: [
        {
          table: 'stores',
          name: 'city_cd',
          synonyms: ['town', 'city'],
          values: [
            { value: 'PAR', label: 'Paris' },
            { value: 'LON', label: 'London' },
          ],
        },
      ],
    };
    const updated = await stack.gql<{ updateSemanticModel: { version: number } }>(
      UPDATE_MODEL,
      { i: edit },
      owner.accessToken,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateSemanticModel.version).toBe(before + 1);
    const after = (await model(sourceId)).data!.dataSource!.model;
    expect(after.version).toBe(before + 1);
    expect(column(after, 'stores', 'city_cd')).toMatchObject({
      synonyms: ['town', 'city'],
      values: [
        { value: 'PAR', label: 'Paris' },
        { value: 'LON', label: 'London' },
      ],
    });

    const unknown = await stack.gql(
      UPDATE_MODEL,
      {
        i: {
          dataSourceId: sourceId,
          columns: [{ table: 'stores', name: 'no_such_column', synonyms: ['x'] }],
        },
      },
      owner.accessToken,
    );
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unknown.errors)).toContain('columns.0.name');
  });

  it('are NOT_FOUND to another tenant, for reading and editing the model', async () => {
    const read = await model(sourceId, stranger.accessToken);
    expect(errorCode(read)).toBe('NOT_FOUND');
    const edit = await stack.gql(
      UPDATE_MODEL,
      { i: { dataSourceId: sourceId, asOf: '2020-01-01' } },
      stranger.accessToken,
    );
    expect(errorCode(edit)).toBe('NOT_FOUND');
  });

  it('give the SQL assistant the model in the source context, edits included', async () => {
    const response = await fetch(
      `${new URL(stack.queriesUrl).origin}/internal/data-sources/${sourceId}/context`,
      { headers: { 'x-internal-secret': TEST_SECRETS.INTERNAL_SECRET } },
    );
    expect(response.status).toBe(200);
    const context = (await response.json()) as { model: ModelData };
    expect(context.model.relationships).toContainEqual({
      fromTable: 'sales',
      fromColumn: 'store_id',
      toTable: 'stores',
      toColumn: 'store_id',
      inferred: true,
    });
    expect(column(context.model, 'stores', 'city_cd')).toMatchObject({ synonyms: ['town', 'city'] });
  });

  it('refuse a second PUT with a used upload link', async () => {
    const again = await fetch(local(firstUrl), {
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      body: STORES,
    });
    expect(again.status).toBe(409);
  });
});

describe('the demo source', () => {
  it('has a model too: its declared keys as relationships, amounts summed, dates TIME', async () => {
    const demo = (await model(await demoSourceId(stack, owner))).data!.dataSource!.model;
    expect(demo.relationships).toEqual(
      expect.arrayContaining([
        {
          fromTable: 'order_items',
          fromColumn: 'order_id',
          toTable: 'orders',
          toColumn: 'order_id',
          inferred: true,
        },
        {
          fromTable: 'orders',
          fromColumn: 'customer_id',
          toTable: 'customers',
          toColumn: 'customer_id',
          inferred: true,
        },
      ]),
    );
    expect(column(demo, 'orders', 'total_amount')).toMatchObject({ role: 'MEASURE', aggregation: 'sum' });
    expect(column(demo, 'orders', 'order_date')).toMatchObject({ role: 'TIME' });
    expect(column(demo, 'customers', 'country')).toMatchObject({ role: 'DIMENSION' });
  });
});

describe('other file formats and a malformed file', () => {
  it('XLSX and Parquet files land as tables of a source, and the model follows each table that lands', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Targets');
    sheet.addRows([
      ['region_cd', 'target_amt'],
      ['NORTH', 1200],
      ['SOUTH', 900],
    ]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const targets = await upload(
      { name: 'Plans', format: 'xlsx', table: 'targets' },
      xlsx,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(targets).toMatchObject({ status: 200, body: { table: 'targets' } });
    const first = (await model(targets.dataSourceId)).data!.dataSource!.model;
    expect(first.tables.map((t) => t.name)).toEqual(['targets']);

    const parquetFile = path.join(scratch, 'visits.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * FROM (VALUES ('NORTH', DATE '2024-06-01', 41), ('SOUTH', DATE '2024-06-02', 17)) v(region_cd, visit_dt, visit_cnt)) TO '${parquetFile}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const visits = await upload(
      { name: 'visits', format: 'parquet', table: 'visits', dataSourceId: targets.dataSourceId },
      await readFile(parquetFile),
      'application/vnd.apache.parquet',
    );
    expect(visits).toMatchObject({ status: 200, body: { table: 'visits' } });

    const run = await runQuery(stack, owner.accessToken, {
      dataSourceId: targets.dataSourceId,
      sql: 'SELECT t.region_cd, t.target_amt, v.visit_cnt FROM targets t JOIN visits v USING (region_cd) ORDER BY 1',
    });
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      rows: [
        ['NORTH', 1200, 41],
        ['SOUTH', 900, 17],
      ],
    });
    const planned = (await model(targets.dataSourceId)).data!.dataSource!.model;
    expect(planned.tables.map((t) => t.name).sort()).toEqual(['targets', 'visits']);
    expect(column(planned, 'targets', 'target_amt')).toMatchObject({
      role: 'MEASURE',
      label: 'Target amount',
    });
    expect(column(planned, 'visits', 'visit_dt')).toMatchObject({ role: 'TIME' });
    expect(planned.asOf).toBe('2024-06-02');
    // A table landing is a new inference: the version moves on.
    expect(planned.version).toBeGreaterThan(first.version);
  });

  it('a malformed CSV is BAD_USER_INPUT naming the row and column, without any server path', async () => {
    // The bad value sits past the rows DuckDB samples to choose types.
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i},${i * 2}`);
    const body = `visit_no,visit_cnt\n${rows.join('\n')}\n30000,many\n`;
    const refused = await upload({ name: 'Broken', format: 'csv', table: 'broken' }, body, 'text/csv');
    expect(refused.status).toBe(400);
    const error = (refused.body as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/row 30002, column visit_cnt/);
    expect(error.message).not.toMatch(/\.data|uploads|tessera-test-data|\/tmp\/|\.csv|\.duckdb/);
  });
});
