import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Identity } from '@tessera/auth';
import { silentLogger } from '@tessera/logger';
import { createMigratedServiceDatabase, TEST_SECRETS, type MigratedServiceDatabase } from '@tessera/testing';
import { loadConfig } from '../config.ts';
import { createRepositories, type DataSourceRow, type Repositories } from '../data/index.ts';
import { createAccess } from './access.ts';
import { createDataSourceService, type DataSourceService } from './data-source-service.ts';
import { createDemoDatabaseProvider } from './demo.ts';
import { createEngineRegistry, type EngineRegistry } from './engine-registry.ts';
import { registerUploadRoutes } from './files/upload-routes.ts';
import { createHostPolicy } from './host-policy.ts';
import { createResultsCache } from './results-cache.ts';
import { parseKeyRing } from './secrets.ts';
import { createLinkSigner } from './signed-links.ts';
import { createUploadService, type UploadService } from './upload-service.ts';

// FILE sources against real DuckDB and PostgreSQL: the upload route, the service, the repositories
// and the engine registry as the queries service wires them (the accounts service's project
// directory is the only stand-in: it answers which organization owns a project).

const ORG = randomUUID();
const PROJECT = randomUUID();
const OTHER_ORG = randomUUID();
const OTHER_PROJECT = randomUUID();
const editor = (organizationId = ORG): Identity => ({
  requestId: 'r',
  principal: {
    kind: 'user',
    userId: randomUUID(),
    sessionId: 's',
    memberships: [{ organizationId, role: 'EDITOR' }],
  },
});

let db: MigratedServiceDatabase;
let repos: Repositories;
let dataSources: DataSourceService;
let engines: EngineRegistry;
let uploads: UploadService;
let app: FastifyInstance;
let base: string;
let dataDir: string;

beforeAll(async () => {
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'queries',
    appPoolSize: 4,
    migrationsDir: fileURLToPath(new URL('../data/migrations', import.meta.url)),
  });
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-uploads-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    APP_DB_PASSWORD: TEST_SECRETS.APP_DB_PASSWORD,
    INTERNAL_SECRET: TEST_SECRETS.INTERNAL_SECRET,
    SECRETS_KEYS: `v1:${Buffer.alloc(32, 7).toString('base64')}`,
    DATA_DIR: dataDir,
    UPLOAD_MAX_BYTES: String(8 * 1024 * 1024),
  });
  repos = createRepositories(db.app);
  const directory = {
    organizationOf: async (id: string) => (id === PROJECT ? ORG : id === OTHER_PROJECT ? OTHER_ORG : null),
  };
  const access = createAccess({ repos, directory });
  const cache = createResultsCache({ ttlMs: 60_000, maxEntries: 100 });
  const hostPolicy = createHostPolicy({ allowPrivateNetworks: true, platformPorts: [] });
  const keyRing = parseKeyRing(config.SECRETS_KEYS);
  const uploadsDir = path.join(dataDir, 'uploads');
  const duckdbFilesDir = path.join(dataDir, 'duckdb-files');
  engines = createEngineRegistry({
    keyRing,
    hostPolicy,
    uploadsDir,
    duckdbFilesDir,
    fileRetireGraceMs: 3_000,
    demo: createDemoDatabaseProvider({ dataDir, scale: 1, logger: silentLogger }),
    duckdb: { memoryLimit: '256MB', threads: 1 },
  });
  dataSources = createDataSourceService({
    repos,
    access,
    engines,
    hostPolicy,
    keyRing,
    cache,
    duckdbFilesDir,
    logger: silentLogger,
  });
  uploads = createUploadService({
    repos,
    dataSources,
    cache,
    signer: createLinkSigner(config.INTERNAL_SECRET, 'upload'),
    config,
    uploadsDir,
    retireGraceMs: 3_000,
  });
  app = Fastify({ routerOptions: { maxParamLength: 2048 } });
  await registerUploadRoutes(app, { uploads });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 120_000);

afterAll(async () => {
  await app?.close();
  await engines?.closeAll();
  await db?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** What the upload route answers: a landing, a preview or an error. */
interface UploadAnswer {
  dataSourceId?: string;
  encoding?: string;
  rows?: number;
  error?: { code: string; message: string };
  preview?: { columns: { name: string; type: string }[]; rows: unknown[][]; [key: string]: unknown };
}
type Input = { name: string; format: string; dataSourceId?: string; table?: string; sheet?: string };
const link = (input: Input, identity = editor(), projectId = PROJECT) =>
  uploads.create(identity, { projectId, ...input });
const put = async (uploadUrl: string, body: string | Buffer, query = '') => {
  const response = await fetch(`${base}${new URL(uploadUrl).pathname}${query}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream' },
    body,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer };
};
const source = async (id: string): Promise<DataSourceRow> => (await repos.dataSources.find(ORG, id))!;
const query = async (id: string, sql: string) => {
  const engine = await engines.get(await source(id));
  return (
    await engine.execute({
      sql,
      values: [],
      maxRows: 1000,
      timeoutMs: 10_000,
      signal: new AbortController().signal,
    })
  ).rows;
};
/** Creates a link and lands a file through it; returns the source id. */
const land = async (input: Input, body: string | Buffer) => {
  const { uploadUrl, dataSource } = await link(input);
  const result = await put(uploadUrl, body);
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return { id: dataSource.id, result: result.body };
};

const STORES = 'store_id,city\n1,Berlin\n2,Paris\n3,Lyon\n';
const SALES =
  'sale_id;store_id;amount;sold_on\n10;1;12.50;2024-03-01\n11;2;7.25;2024-03-02\n12;2;30.00;2024-03-05\n13;3;1.00;2024-02-28\n';
const PRODUCTS = 'sku\tlabel\nA1\tLamp\nB2\tChair\n';

describe('multi-file FILE sources', { timeout: 90_000 }, () => {
  it('three CSV files become three tables of one source, joinable in one query', async () => {
    const { id, result } = await land({ name: 'Retail', format: 'csv', table: 'stores' }, STORES);
    expect(result).toMatchObject({
      table: 'stores',
      rows: 3,
      columns: 2,
      delimiter: ',',
      header: true,
      encoding: 'utf-8',
    });
    expect((await land({ name: 'sales.csv', format: 'CSV', dataSourceId: id }, SALES)).result).toMatchObject({
      table: 'sales',
      delimiter: ';',
      rows: 4,
    });
    await land({ name: 'Products', format: 'csv', dataSourceId: id }, PRODUCTS);

    const settings = (await source(id)).settings;
    expect((settings.tables as { name: string }[]).map((t) => t.name)).toEqual([
      'stores',
      'sales',
      'products',
    ]);
    expect(settings.fileVersion).toBe(3);
    expect(
      await query(
        id,
        'SELECT s.city, sum(x.amount) AS total FROM sales x JOIN stores s USING (store_id) GROUP BY 1 ORDER BY 1',
      ),
    ).toEqual([
      ['Berlin', 12.5],
      ['Lyon', 1],
      ['Paris', 37.25],
    ]);
    const tables = await dataSources.tables(await source(id), true);
    expect(tables.map((t) => t.name).sort()).toEqual(['products', 'sales', 'stores']);
    expect(tables.find((t) => t.name === 'sales')!.columns).toContainEqual({ name: 'sold_on', type: 'DATE' });
  });

  it('replacing a table is atomic: a reader during the replace sees the old table or the new one, never an error or half', async () => {
    const { id } = await land({ name: 'Atomic', format: 'csv', table: 'stores' }, STORES);
    await land({ name: 'sales', format: 'csv', dataSourceId: id }, SALES);
    const replacement = `store_id,city\n${Array.from({ length: 5000 }, (_, i) => `${i + 1},City ${i}`).join('\n')}\n`;
    const seen = new Set<string>();
    let replacing = true;
    const reader = (async () => {
      while (replacing) {
        const rows = await query(id, 'SELECT count(*) AS n, (SELECT count(*) FROM sales) AS s FROM stores');
        seen.add(JSON.stringify(rows[0]));
      }
    })();
    const { uploadUrl } = await link({ name: 'stores', format: 'csv', dataSourceId: id });
    const replaced = await put(uploadUrl, replacement);
    replacing = false;
    await reader;
    expect(replaced.status).toBe(200);
    expect([...seen].every((row) => row === '[3,4]' || row === '[5000,4]')).toBe(true);
    expect(await query(id, 'SELECT count(*) FROM stores')).toEqual([[5000]]);
    expect(((await source(id)).settings.tables as unknown[]).length).toBe(2);
  });

  it('two landings into one source at the same time both keep their table', async () => {
    const { id } = await land({ name: 'Concurrent', format: 'csv', table: 'stores' }, STORES);
    const [a, b] = await Promise.all([
      link({ name: 'a', format: 'csv', dataSourceId: id }),
      link({ name: 'b', format: 'csv', dataSourceId: id }),
    ]);
    const statuses = await Promise.all([put(a.uploadUrl, 'x\n1\n'), put(b.uploadUrl, 'y\n2\n')]);
    expect(statuses.map((s) => s.status)).toEqual([200, 200]);
    expect(
      await query(id, 'SELECT (SELECT x FROM a), (SELECT y FROM b), (SELECT count(*) FROM stores)'),
    ).toEqual([[1, 2, 3]]);
  });

  it('each link is single-use; several may be outstanding for one source', async () => {
    const { id } = await land({ name: 'Links', format: 'csv', table: 't1' }, 'n\n1\n');
    const first = await link({ name: 't2', format: 'csv', dataSourceId: id });
    const second = await link({ name: 't3', format: 'csv', dataSourceId: id });
    expect((await put(second.uploadUrl, 'n\n3\n')).status).toBe(200);
    expect((await put(first.uploadUrl, 'n\n2\n')).status).toBe(200);
    const reused = await put(first.uploadUrl, 'n\n666\n');
    expect(reused).toMatchObject({ status: 409, body: { error: { code: 'LINK_USED' } } });
    expect(await query(id, 'SELECT (SELECT n FROM t1), (SELECT n FROM t2), (SELECT n FROM t3)')).toEqual([
      [1, 2, 3],
    ]);
  });

  it('another tenant’s source is NOT_FOUND; a source that is not FILE or a bad table name is BAD_USER_INPUT', async () => {
    const { id } = await land({ name: 'Mine', format: 'csv' }, 'n\n1\n');
    await expect(
      link({ name: 'x', format: 'csv', dataSourceId: id }, editor(OTHER_ORG), OTHER_PROJECT),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const duck = await repos.dataSources.insert({
      id: randomUUID(),
      organizationId: ORG,
      projectId: PROJECT,
      name: 'Duck',
      kind: 'DUCKDB',
      settings: { path: 'x.duckdb' },
      secretCiphertext: null,
      glossary: [],
      createdBy: null,
    });
    await expect(link({ name: 'x', format: 'csv', dataSourceId: duck!.id })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(link({ name: 'x', format: 'csv', dataSourceId: id, table: '1 bad' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(link({ name: 'x', format: 'xls' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('formats', { timeout: 90_000 }, () => {
  it('XLSX: the first sheet, or the one named, with typed cells', async () => {
    const file = path.join(dataDir, 'book.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
    for (const [name, offset] of [
      ['Summary', 0],
      ['Orders', 100],
    ] as const) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRow(['order_id', 'placed', 'total', 'note']).commit();
      sheet.addRow([offset + 1, new Date('2024-05-01T00:00:00Z'), 10.5, 'first, "quoted"']).commit();
      sheet.addRow([offset + 2, new Date('2024-05-03T00:00:00Z'), 4, '=SUM(A1)']).commit();
      sheet.commit();
    }
    await workbook.commit();
    const body = await readFile(file);
    const { id } = await land({ name: 'Book', format: 'xlsx' }, body);
    expect(await query(id, 'SELECT order_id, placed, total, note FROM book ORDER BY 1')).toEqual([
      [1, '2024-05-01', 10.5, 'first, "quoted"'],
      [2, '2024-05-03', 4, '=SUM(A1)'],
    ]);

    const named = await link({ name: 'orders', format: 'XLSX', dataSourceId: id, sheet: 'orders' });
    const preview = await put(named.uploadUrl, body, '?preview=1');
    expect(preview.body.preview).toMatchObject({
      table: 'orders',
      format: 'XLSX',
      sheets: ['Summary', 'Orders'],
      sheet: 'Orders',
      rows: [
        [101, '2024-05-01', 10.5, 'first, "quoted"'],
        [102, '2024-05-03', 4, '=SUM(A1)'],
      ],
    });
    expect(preview.body.preview!.columns).toEqual([
      { name: 'order_id', type: 'BIGINT' },
      { name: 'placed', type: 'DATE' },
      { name: 'total', type: 'DOUBLE' },
      { name: 'note', type: 'VARCHAR' },
    ]);
    expect((await put(named.uploadUrl, body)).status).toBe(200);
    expect(await query(id, 'SELECT sum(order_id) FROM orders')).toEqual([[203]]);

    const missing = await link({ name: 'x', format: 'xlsx', dataSourceId: id, sheet: 'Nope' });
    expect(await put(missing.uploadUrl, body)).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('no sheet named "Nope"') } },
    });
  });

  it('Parquet written by DuckDB, and JSON as an array or NDJSON', async () => {
    const file = path.join(dataDir, 'events.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT range AS id, DATE '2024-01-01' + range::INT AS day FROM range(1000)) TO '${file}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const { id } = await land({ name: 'Events', format: 'parquet' }, await readFile(file));
    await land(
      { name: 'people', format: 'json', dataSourceId: id },
      JSON.stringify([
        { id: 1, name: 'Ada' },
        { id: 2, name: 'Linus' },
      ]),
    );
    await land(
      { name: 'visits', format: 'NDJSON', dataSourceId: id },
      '{"person": 1, "day": "2024-01-02"}\n{"person": 2, "day": "2024-01-03"}\n{"person": 1, "day": "2024-01-03"}\n',
    );
    expect(await query(id, 'SELECT count(*), max(day) FROM events')).toEqual([[1000, '2026-09-26']]);
    expect(
      await query(
        id,
        'SELECT p.name, count(*) FROM visits v JOIN people p ON p.id = v.person JOIN events e ON e.day = v.day GROUP BY 1 ORDER BY 1',
      ),
    ).toEqual([
      ['Ada', 2],
      ['Linus', 1],
    ]);
  });

  it('a Latin-1 / Windows-1252 CSV is transcoded to UTF-8, and the preview says so', async () => {
    const text = 'name;city;price\nJosé;Zürich;5€\nRenée;Besançon;7€\n';
    const body = Buffer.from(new Uint8Array([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0)))));
    const { uploadUrl } = await link({ name: 'Accents', format: 'csv' });
    const preview = await put(uploadUrl, body, '?preview=1');
    expect(preview.body.preview).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      header: true,
      rows: [
        ['José', 'Zürich', '5€'],
        ['Renée', 'Besançon', '7€'],
      ],
    });
    const landed = await put(uploadUrl, body);
    expect(landed.body).toMatchObject({ encoding: 'windows-1252' });
    expect(await query(landed.body.dataSourceId!, "SELECT city FROM accents WHERE name = 'José'")).toEqual([
      ['Zürich'],
    ]);
  });

  it('a preview of the first part of a file shows 20 rows and inferred types, and does not use the link', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `${i},${(i * 1.5).toFixed(2)},2024-01-${String((i % 28) + 1).padStart(2, '0')},name ${i}`,
    );
    const body = `id,amount,day,label\n${rows.join('\n')}\n`;
    const { uploadUrl } = await link({ name: 'Big', format: 'csv' });
    const preview = await put(uploadUrl, body.slice(0, 20_011), '?preview=1');
    expect(preview.status).toBe(200);
    expect(preview.body.preview).toMatchObject({ table: 'big', format: 'CSV', delimiter: ',', header: true });
    expect(preview.body.preview!.columns).toEqual([
      { name: 'id', type: 'BIGINT' },
      { name: 'amount', type: 'DOUBLE' },
      { name: 'day', type: 'DATE' },
      { name: 'label', type: 'VARCHAR' },
    ]);
    expect(preview.body.preview!.rows).toHaveLength(20);
    expect(preview.body.preview!.rows[1]).toEqual([1, 1.5, '2024-01-02', 'name 1']);
    const landed = await put(uploadUrl, body);
    expect(landed.body).toMatchObject({ rows: 5000 });
  });
});

describe('bad files', { timeout: 90_000 }, () => {
  const good = (n: number) => `${n},"n${n}",${n}.5,2024-01-02`;
  const lines = (bad: number, line: string) =>
    [
      'id,name,amount,day',
      ...Array.from({ length: 30_000 }, (_, i) => (i + 1 === bad ? line : good(i + 1))),
    ].join('\n') + '\n';

  it('a malformed CSV is BAD_USER_INPUT naming the row and column, without any server path, and the link can be retried', async () => {
    const { uploadUrl } = await link({ name: 'Broken', format: 'csv' });
    const extra = await put(uploadUrl, lines(100, '100,x,1.5,2024-01-02,extra'));
    expect(extra).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'BAD_USER_INPUT',
          message: 'The file could not be read as CSV: row 101: expected 4 columns, found 5',
        },
      },
    });
    const typed = await put(uploadUrl, lines(25_000, '25000,x,oops,2024-01-02'));
    expect(typed.status).toBe(400);
    expect(typed.body.error!.message).toMatch(
      /^The file could not be read as CSV: row 25001, column amount: "oops" is not a valid DOUBLE/,
    );
    const short = await put(uploadUrl, lines(300, '300,x'));
    expect(short.body.error!.message).toBe(
      'The file could not be read as CSV: row 301: expected 4 columns, found 2',
    );
    const json = await put(
      (await link({ name: 'Broken json', format: 'json' })).uploadUrl,
      '{"a": 1}\n{"a": 2}\n{"a": }\n',
    );
    expect(json.body.error!.message).toMatch(/row 3/);
    for (const message of [extra, typed, short, json].map((r) => JSON.stringify(r.body))) {
      expect(message).not.toMatch(/tessera-uploads|\/tmp\/|\.upload|\.duckdb|incoming-/);
    }
    expect((await put(uploadUrl, 'id\n1\n')).status).toBe(200);
  });

  it('a gzip-compressed CSV is read; one cut short is refused, not read as far as it goes', async () => {
    const rows = `n,label\n${Array.from({ length: 20_000 }, (_, i) => `${i},row ${i}`).join('\n')}\n`;
    const { uploadUrl } = await link({ name: 'Zipped', format: 'csv' });
    const cut = await put(uploadUrl, gzipSync(Buffer.from(rows)).subarray(0, 2_000));
    expect(cut).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'BAD_USER_INPUT',
          message: expect.stringMatching(/gzip stream is damaged or cut short/),
        },
      },
    });
    const preview = await put(uploadUrl, gzipSync(Buffer.from(rows)).subarray(0, 2_000), '?preview=1');
    expect(preview.body.preview).toMatchObject({
      columns: [
        { name: 'n', type: 'BIGINT' },
        { name: 'label', type: 'VARCHAR' },
      ],
    });
    expect(preview.body.preview!.rows[0]).toEqual([0, 'row 0']);
    const whole = await put(uploadUrl, gzipSync(Buffer.from(rows)));
    expect(whole.body).toMatchObject({ rows: 20_000 });
  });

  it('a body larger than UPLOAD_MAX_BYTES is refused with 413 and leaves nothing behind', async () => {
    const { uploadUrl, dataSource } = await link({ name: 'Huge', format: 'csv' });
    const result = await put(uploadUrl, Buffer.alloc(9 * 1024 * 1024, 'a'));
    expect(result).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
    expect((await source(dataSource.id)).settings.uploaded).toBe(false);
    expect((await put(uploadUrl, 'n\n1\n')).status).toBe(200);
  });
});
