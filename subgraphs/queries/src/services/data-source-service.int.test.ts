import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Identity, Role } from '@tessera/auth';
import { silentLogger } from '@tessera/logger';
import { createMigratedServiceDatabase, type MigratedServiceDatabase } from '@tessera/testing';
import { createRepositories, type Repositories } from '../data/index.ts';
import { createAccess } from './access.ts';
import { createDataSourceService, type DataSourceService } from './data-source-service.ts';
import { createDemoDatabaseProvider } from './demo.ts';
import { createEngineRegistry, type EngineRegistry } from './engine-registry.ts';
import { createHostPolicy } from './host-policy.ts';
import { retailPostgres, type RetailEngine } from './model/retail-engines.ts';
import { createResultsCache } from './results-cache.ts';
import { parseKeyRing } from './secrets.ts';

// testConnection against a real PostgreSQL: settings are tested without a source being saved, with
// the engine's own reason when it is safe to show. The project directory is the only stand-in.

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
let service: DataSourceService;
let postgres: RetailEngine;

beforeAll(async () => {
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'queries',
    appPoolSize: 2,
    migrationsDir: fileURLToPath(new URL('../data/migrations', import.meta.url)),
  });
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-sources-'));
  repos = createRepositories(db.app);
  const access = createAccess({
    repos,
    directory: { organizationOf: async (id: string) => (id === PROJECT ? ORG : null) },
  });
  const hostPolicy = createHostPolicy({ allowPrivateNetworks: true, platformPorts: [] });
  const keyRing = parseKeyRing(`v1:${Buffer.alloc(32, 7).toString('base64')}`);
  const duckdbFilesDir = path.join(dataDir, 'duckdb-files');
  engines = createEngineRegistry({
    keyRing,
    hostPolicy,
    uploadsDir: path.join(dataDir, 'uploads'),
    duckdbFilesDir,
    demo: createDemoDatabaseProvider({ dataDir, scale: 1, logger: silentLogger }),
    duckdb: { memoryLimit: '256MB', threads: 1 },
  });
  service = createDataSourceService({
    repos,
    access,
    engines,
    hostPolicy,
    keyRing,
    cache: createResultsCache({ ttlMs: 60_000, maxEntries: 10 }),
    duckdbFilesDir,
    logger: silentLogger,
  });
  postgres = await retailPostgres(inject('adminDatabaseUrl'));
}, 120_000);

afterAll(async () => {
  await engines?.closeAll();
  await postgres?.drop();
  await db?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const settings = (overrides: Record<string, unknown> = {}) => ({
  ...postgres.connection!,
  ssl: false,
  ...overrides,
});
const test = (connection: Record<string, unknown>, identity = as('EDITOR')) =>
  service.testConnection(identity, { projectId: PROJECT, kind: 'POSTGRES', connection });

describe('testConnection', () => {
  it('tests settings that work without saving a source', async () => {
    const before = (await service.listForProject(as('VIEWER'), PROJECT)).length;
    const result = await test(settings());
    expect(result).toMatchObject({ ok: true, error: null });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(await service.listForProject(as('VIEWER'), PROJECT)).toHaveLength(before);
  });

  it('says which database does not exist, and which host:port refused, as the user typed it', async () => {
    expect(await test(settings({ database: 'no_such_db' }))).toEqual({
      ok: false,
      latencyMs: null,
      error: {
        code: 'CONNECTION_FAILED',
        message: 'The data source refused the connection: database "no_such_db" does not exist',
      },
    });
    const refused = await test(settings({ host: 'localhost', port: 1 }));
    expect(refused.error).toEqual({
      code: 'CONNECTION_FAILED',
      message: 'Could not connect to the data source: connection refused by localhost:1',
    });
  });

  it("needs EDITOR on the project, validates the settings, and hides another tenant's project", async () => {
    await expect(test(settings(), as('VIEWER'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(test(settings(), as('OWNER', randomUUID()))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(test({ host: 'db' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(
      service.testConnection(as('EDITOR'), { projectId: PROJECT, kind: 'FILE', connection: {} }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a role with server-level privileges, like creating the source would', async () => {
    const admin = new URL(inject('adminDatabaseUrl'));
    await expect(
      test(
        settings({
          user: decodeURIComponent(admin.username) || 'postgres',
          password: decodeURIComponent(admin.password) || 'x',
        }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'connection.user' });
  });
});
