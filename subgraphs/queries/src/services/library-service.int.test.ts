import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Identity, Role } from '@tessera/auth';
import { silentLogger } from '@tessera/logger';
import { createMigratedServiceDatabase, type MigratedServiceDatabase } from '@tessera/testing';
import { createRepositories, type DataSourceRow, type Repositories } from '../data/index.ts';
import { createDuckdbUsageSink } from '../telemetry/duckdb-usage.ts';
import type { UsageSink } from '../telemetry/usage-sink.ts';
import { createAccess } from './access.ts';
import { createLibraryService, type LibraryService } from './library-service.ts';

// Saved queries and history against real PostgreSQL (RLS). The project directory is the only stand-in.

const ORG = randomUUID();
const PROJECT = randomUUID();
const OTHER_PROJECT = randomUUID();
const member = (userId: string, role: Role, organizationId = ORG): Identity => ({
  requestId: 'r',
  principal: { kind: 'user', userId, sessionId: 's', memberships: [{ organizationId, role }] },
});

let db: MigratedServiceDatabase;
let repos: Repositories;
let usage: UsageSink;
let dataDir: string;
let library: LibraryService;

const source = async (projectId: string, name: string): Promise<DataSourceRow> =>
  (await repos.dataSources.insert({
    id: randomUUID(),
    organizationId: ORG,
    projectId,
    name,
    kind: 'DUCKDB',
    settings: { file: 'x.duckdb' },
    secretCiphertext: null,
    glossary: [],
    createdBy: null,
  }))!;

beforeAll(async () => {
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'queries',
    appPoolSize: 2,
    migrationsDir: fileURLToPath(new URL('../data/migrations', import.meta.url)),
  });
  repos = createRepositories(db.app);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-library-'));
  usage = await createDuckdbUsageSink({ file: path.join(dataDir, 'usage.duckdb'), logger: silentLogger });
  const projects: Record<string, string> = { [PROJECT]: ORG, [OTHER_PROJECT]: ORG };
  const access = createAccess({
    repos,
    directory: { organizationOf: async (id: string) => projects[id] ?? null },
  });
  library = createLibraryService({ repos, access, usage });
}, 60_000);

afterAll(async () => {
  await usage?.close();
  await db?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('updateSaved', () => {
  it("renames, rewrites and repoints the owner's saved query in place, keeping what is left out", async () => {
    const me = randomUUID();
    const [first, second] = [await source(PROJECT, 'One'), await source(PROJECT, 'Two')];
    const saved = await library.save(member(me, 'EDITOR'), {
      projectId: PROJECT,
      dataSourceId: first.id,
      name: 'Revenue',
      sql: 'SELECT 1',
    });
    const renamed = await library.updateSaved(member(me, 'EDITOR'), {
      id: saved.id,
      name: '  Revenue by month ',
    });
    expect(renamed).toMatchObject({
      id: saved.id,
      name: 'Revenue by month',
      sql: 'SELECT 1',
      dataSourceId: first.id,
    });
    const rewritten = await library.updateSaved(member(me, 'EDITOR'), {
      id: saved.id,
      sql: 'SELECT 2',
      dataSourceId: second.id,
      name: null,
    });
    expect(rewritten).toMatchObject({ name: 'Revenue by month', sql: 'SELECT 2', dataSourceId: second.id });
    expect((await library.savedQueries(member(me, 'EDITOR'), PROJECT)).map((q) => q.id)).toEqual([saved.id]);
  });

  it('refuses bad input, other people, viewers, sources of another project and other tenants', async () => {
    const me = randomUUID();
    const mine = await source(PROJECT, 'Mine');
    const saved = await library.save(member(me, 'EDITOR'), {
      projectId: PROJECT,
      dataSourceId: mine.id,
      name: 'Q',
      sql: 'SELECT 1',
    });
    await expect(
      library.updateSaved(member(me, 'EDITOR'), { id: saved.id, name: ' ' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(
      library.updateSaved(member(me, 'EDITOR'), { id: saved.id, sql: 'x'.repeat(100_001) }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(
      library.updateSaved(member(randomUUID(), 'OWNER'), { id: saved.id, name: 'Theirs' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      library.updateSaved(member(me, 'VIEWER'), { id: saved.id, name: 'Viewer' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const elsewhere = await source(OTHER_PROJECT, 'Elsewhere');
    await expect(
      library.updateSaved(member(me, 'EDITOR'), { id: saved.id, dataSourceId: elsewhere.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      library.updateSaved(member(me, 'OWNER', randomUUID()), { id: saved.id, name: 'Tenant' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await library.savedQueries(member(me, 'EDITOR'), PROJECT))[0]).toMatchObject({
      name: 'Q',
      dataSourceId: mine.id,
    });
  });
});

describe('history', () => {
  it('filters by status on the server, page by page', async () => {
    const me = randomUUID();
    const from = await source(PROJECT, 'Runs');
    const statuses = ['SUCCEEDED', 'FAILED', 'SUCCEEDED', 'CANCELLED', 'SUCCEEDED', 'FAILED'] as const;
    for (const [index, status] of statuses.entries()) {
      await repos.runs.insert({
        id: randomUUID(),
        organizationId: ORG,
        projectId: PROJECT,
        dataSourceId: from.id,
        userId: me,
        apiKeyId: null,
        sql: `SELECT ${index}`,
        parameters: { n: index },
        maxRows: 10,
        status,
      });
    }
    const viewer = member(me, 'VIEWER');
    const failed = await library.history(viewer, { projectId: PROJECT, status: 'FAILED' });
    expect(failed.edges.map((e) => e.node.sql).sort()).toEqual(['SELECT 1', 'SELECT 5']);
    expect(failed.edges[0]!.node.parameters).toEqual({ n: 5 });
    const first = await library.history(viewer, { projectId: PROJECT, status: 'SUCCEEDED', first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await library.history(viewer, {
      projectId: PROJECT,
      status: 'SUCCEEDED',
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect([...first.edges, ...rest.edges].map((e) => e.node.status)).toEqual([
      'SUCCEEDED',
      'SUCCEEDED',
      'SUCCEEDED',
    ]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await library.history(viewer, { projectId: PROJECT })).edges).toHaveLength(statuses.length);
    await expect(library.history(viewer, { projectId: PROJECT, status: 'DONE' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
