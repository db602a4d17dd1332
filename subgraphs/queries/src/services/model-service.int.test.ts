import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Identity, Role } from '@tessera/auth';
import { silentLogger } from '@tessera/logger';
import { createMigratedServiceDatabase, type MigratedServiceDatabase } from '@tessera/testing';
import { createRepositories, type DataSourceRow, type Repositories } from '../data/index.ts';
import { createAccess } from './access.ts';
import { createDataSourceService } from './data-source-service.ts';
import { createDemoDatabaseProvider } from './demo.ts';
import { createEngineRegistry, type EngineRegistry } from './engine-registry.ts';
import { createHostPolicy } from './host-policy.ts';
import { createModelService, type ModelService, type ModelServiceOptions } from './model-service.ts';
import { insertValues, PRODUCTS, SALES, STORES } from './model/fixtures.ts';
import { retailPostgres, type RetailEngine } from './model/retail-engines.ts';
import { createResultsCache } from './results-cache.ts';
import { encryptSecret, parseKeyRing, type KeyRing } from './secrets.ts';

// The model service against real PostgreSQL (storage, RLS) and DuckDB (a FILE source's tables):
// lazy inference, versions, edits that survive re-inference, concurrent edits, tenancy. The
// accounts service's project directory is the only stand-in (no project lookups happen here).

const ORG = randomUUID();
const PROJECT = randomUUID();
const as = (role: Role, organizationId = ORG): Identity => ({
  requestId: 'r',
  principal: { kind: 'user', userId: randomUUID(), sessionId: 's', memberships: [{ organizationId, role }] },
});

let db: MigratedServiceDatabase;
let repos: Repositories;
let engines: EngineRegistry;
let dataDir: string;
let uploadsDir: string;
let build: (options?: ModelServiceOptions) => ModelService;
let keyRing: KeyRing;
let postgres: RetailEngine;

/** A DuckDB database file in the uploads folder holding the given retail tables. */
async function duckdbFile(name: string, tables: ('stores' | 'products' | 'sales')[]): Promise<string> {
  const instance = await DuckDBInstance.create(path.join(uploadsDir, name));
  const connection = await instance.connect();
  const ddl = {
    stores: `CREATE TABLE stores (store_id INTEGER, store_name VARCHAR, city_cd VARCHAR, opened_on DATE); INSERT INTO stores VALUES ${insertValues(STORES)}`,
    products: `CREATE TABLE products (prod_id INTEGER, prod_nm VARCHAR, unit_prc DOUBLE); INSERT INTO products VALUES ${insertValues(PRODUCTS)}`,
    sales: `CREATE TABLE sales (sale_id INTEGER, store_id INTEGER, prod_id INTEGER, sale_date DATE, qty INTEGER, amount DECIMAL(10,2)); INSERT INTO sales VALUES ${insertValues(SALES)}`,
  };
  for (const table of tables) await connection.run(ddl[table]);
  connection.closeSync();
  instance.closeSync();
  return name;
}

async function fileSource(file: string): Promise<DataSourceRow> {
  return (await repos.dataSources.insert({
    id: randomUUID(),
    organizationId: ORG,
    projectId: PROJECT,
    name: 'Retail files',
    kind: 'FILE',
    settings: { uploaded: true, file },
    secretCiphertext: null,
    glossary: [],
    createdBy: null,
  }))!;
}

const reread = async (source: DataSourceRow) =>
  (await repos.dataSources.find(source.organizationId, source.id))!;
const column = (model: Awaited<ReturnType<ModelService['get']>>, table: string, name: string) =>
  model.tables.find((t) => t.name === table)?.columns.find((c) => c.name === name);

beforeAll(async () => {
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'queries',
    appPoolSize: 4,
    migrationsDir: fileURLToPath(new URL('../data/migrations', import.meta.url)),
  });
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-models-'));
  uploadsDir = path.join(dataDir, 'uploads');
  await mkdir(uploadsDir, { recursive: true });
  repos = createRepositories(db.app);
  const access = createAccess({
    repos,
    directory: { organizationOf: async (id: string) => (id === PROJECT ? ORG : null) },
  });
  const hostPolicy = createHostPolicy({ allowPrivateNetworks: true, platformPorts: [] });
  keyRing = parseKeyRing(`v1:${Buffer.alloc(32, 9).toString('base64')}`);
  const duckdbFilesDir = path.join(dataDir, 'duckdb-files');
  engines = createEngineRegistry({
    keyRing,
    hostPolicy,
    uploadsDir,
    duckdbFilesDir,
    demo: createDemoDatabaseProvider({ dataDir, scale: 1, logger: silentLogger }),
    duckdb: { memoryLimit: '256MB', threads: 1 },
  });
  const dataSources = createDataSourceService({
    repos,
    access,
    engines,
    hostPolicy,
    keyRing,
    cache: createResultsCache({ ttlMs: 60_000, maxEntries: 10 }),
    duckdbFilesDir,
    logger: silentLogger,
  });
  build = (options) =>
    createModelService({ repos, access, dataSources, engines, logger: silentLogger, options });
  postgres = await retailPostgres(inject('adminDatabaseUrl'));
}, 120_000);

afterAll(async () => {
  await engines?.closeAll();
  await postgres?.drop();
  await db?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('semantic model service', () => {
  it('infers on the first read, stores it, and answers the stored version until something changes', async () => {
    const models = build();
    const source = await fileSource(await duckdbFile('first.duckdb', ['stores', 'sales']));
    const first = await models.get(as('VIEWER'), source);
    expect(first.version).toBe(1);
    expect(first.relationships).toContainEqual({
      fromTable: 'sales',
      fromColumn: 'store_id',
      toTable: 'stores',
      toColumn: 'store_id',
      inferred: true,
    });
    expect(first.asOf).toBe('2024-03-24');
    expect(await models.get(as('VIEWER'), await reread(source))).toEqual(first);
  });

  it('keeps edits over a re-inference when a table lands, and merges concurrent edits', async () => {
    const models = build();
    const source = await fileSource(await duckdbFile('two.duckdb', ['stores', 'sales']));
    const inferred = await models.get(as('VIEWER'), source);
    const [a, b] = await Promise.all([
      models.update(as('EDITOR'), {
        dataSourceId: source.id,
        columns: [
          {
            table: 'stores',
            name: 'city_cd',
            synonyms: ['town'],
            values: [{ value: 'PAR', label: 'Paris' }],
          },
        ],
      }),
      models.update(as('EDITOR'), {
        dataSourceId: source.id,
        columns: [{ table: 'sales', name: 'qty', label: 'Units sold' }],
        asOf: '2024-04-01',
      }),
    ]);
    expect([a.version, b.version].sort()).toEqual([inferred.version + 1, inferred.version + 2]);
    const edited = await models.get(as('VIEWER'), await reread(source));
    expect(column(edited, 'stores', 'city_cd')).toMatchObject({
      synonyms: ['town'],
      values: [{ value: 'PAR', label: 'Paris' }],
    });
    expect(column(edited, 'sales', 'qty')).toMatchObject({ label: 'Units sold' });
    expect(edited.asOf).toBe('2024-04-01');

    // A third table lands (another database file): the next read infers again, edits still apply.
    const updated = await repos.dataSources.update(ORG, source.id, {
      settings: { uploaded: true, file: await duckdbFile('three.duckdb', ['stores', 'products', 'sales']) },
    });
    const reinferred = await models.get(as('VIEWER'), updated!);
    expect(reinferred.version).toBe(edited.version + 1);
    expect(reinferred.tables.map((t) => t.name)).toEqual(['products', 'sales', 'stores']);
    expect(reinferred.relationships).toContainEqual({
      fromTable: 'sales',
      fromColumn: 'prod_id',
      toTable: 'products',
      toColumn: 'prod_id',
      inferred: true,
    });
    expect(column(reinferred, 'stores', 'city_cd')).toMatchObject({ synonyms: ['town'] });
    expect(column(reinferred, 'sales', 'qty')).toMatchObject({ label: 'Units sold' });

    // asOf: null gives the inferred date back.
    expect((await models.update(as('EDITOR'), { dataSourceId: source.id, asOf: null })).asOf).toBe(
      '2024-03-24',
    );
  });

  it('answers a names-and-types model while the first inference runs, and refresh stores the full one', async () => {
    const models = build({ waitMs: 0 });
    const source = await fileSource(await duckdbFile('slow.duckdb', ['stores', 'sales']));
    const provisional = await models.get(as('VIEWER'), source);
    expect(provisional.version).toBe(0);
    expect(provisional.tables.map((t) => t.name)).toEqual(['sales', 'stores']);
    const stored = await models.refresh(await reread(source));
    expect(stored.version).toBeGreaterThan(0);
    expect((await models.get(as('VIEWER'), await reread(source))).relationships).toContainEqual(
      expect.objectContaining({ fromTable: 'sales', toTable: 'stores' }),
    );
  });

  it('a live database: asOf today, declared keys, inferred again once the model is a day old', async () => {
    let clock = new Date('2026-01-10T09:00:00Z');
    const models = build({ now: () => clock });
    const id = randomUUID();
    const { password, ...settings } = postgres.connection!;
    const source = (await repos.dataSources.insert({
      id,
      organizationId: ORG,
      projectId: PROJECT,
      name: 'Shop database',
      kind: 'POSTGRES',
      settings: { ...settings, ssl: false },
      secretCiphertext: encryptSecret(keyRing, password, ORG, id),
      glossary: [],
      createdBy: null,
    }))!;
    const first = await models.get(as('VIEWER'), source);
    expect(first).toMatchObject({ asOf: '2026-01-10', version: 1 });
    expect(first.relationships).toContainEqual({
      fromTable: 'sales',
      fromColumn: 'prod_id',
      toTable: 'products',
      toColumn: 'prod_id',
      inferred: true,
    });
    clock = new Date('2026-01-10T20:00:00Z');
    expect(await models.get(as('VIEWER'), await reread(source))).toMatchObject({
      asOf: '2026-01-10',
      version: 1,
    });
    clock = new Date(Date.now() + 25 * 60 * 60 * 1000);
    const later = await models.get(as('VIEWER'), await reread(source));
    expect(later).toMatchObject({ asOf: clock.toISOString().slice(0, 10), version: 2 });
  });

  it("a live database's asOf is today at read time, not the inference day, unless someone set one", async () => {
    let clock = new Date('2026-02-01T23:30:00Z');
    const models = build({ now: () => clock });
    const id = randomUUID();
    const { password, ...settings } = postgres.connection!;
    const source = (await repos.dataSources.insert({
      id,
      organizationId: ORG,
      projectId: PROJECT,
      name: 'Shop database (dates)',
      kind: 'POSTGRES',
      settings: { ...settings, ssl: false },
      secretCiphertext: encryptSecret(keyRing, password, ORG, id),
      glossary: [],
      createdBy: null,
    }))!;
    expect(await models.get(as('VIEWER'), source)).toMatchObject({ asOf: '2026-02-01', version: 1 });
    // Past midnight UTC, the same stored inference (version 1) answers the new day.
    clock = new Date('2026-02-02T00:30:00Z');
    expect(await models.get(as('VIEWER'), await reread(source))).toMatchObject({
      asOf: '2026-02-02',
      version: 1,
    });
    const edited = await models.update(as('EDITOR'), { dataSourceId: id, asOf: '2025-12-31' });
    expect(edited.asOf).toBe('2025-12-31');
    clock = new Date('2026-02-03T10:00:00Z');
    expect((await models.get(as('VIEWER'), await reread(source))).asOf).toBe('2025-12-31');
    expect((await models.update(as('EDITOR'), { dataSourceId: id, asOf: null })).asOf).toBe('2026-02-03');
  });

  it('a source that cannot be reached and was never inferred has an empty model rather than an error', async () => {
    const source = (await repos.dataSources.insert({
      id: randomUUID(),
      organizationId: ORG,
      projectId: PROJECT,
      name: 'Gone',
      kind: 'POSTGRES',
      settings: { host: '127.0.0.1', port: 1, database: 'none', user: 'nobody', ssl: false },
      secretCiphertext: null,
      glossary: [],
      createdBy: null,
    }))!;
    expect(await build().get(as('VIEWER'), source)).toEqual({
      asOf: null,
      tables: [],
      relationships: [],
      version: 0,
    });
  });

  it("edits need EDITOR in the source's organization; another tenant gets NOT_FOUND", async () => {
    const models = build();
    const source = await fileSource(await duckdbFile('tenancy.duckdb', ['stores']));
    const edit = {
      dataSourceId: source.id,
      columns: [{ table: 'stores', name: 'city_cd', synonyms: ['x'] }],
    };
    await expect(models.update(as('VIEWER'), edit)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(models.update(as('OWNER', randomUUID()), edit)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(models.update(as('EDITOR'), { ...edit, dataSourceId: randomUUID() })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      models.update(as('EDITOR'), { ...edit, columns: [{ table: 'sales', name: 'qty' }] }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'columns.0.table' });
  });
});
