import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, withCredentials } from '@tessera/db';
import { createPostgresBus } from '@tessera/events';
import { TEST_SECRETS } from '@tessera/testing';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId, runQuery } from '../support/queries.ts';
import { startStack, TEST_SECRETS_KEYS, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
let sourceId: string;
beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'library');
  sourceId = await demoSourceId(stack, owner);
}, 180_000);
afterAll(() => stack.stop());

describe('history and saved queries', () => {
  it("lists the user's runs newest first with stable pages", async () => {
    for (let i = 0; i < 5; i++)
      await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql: `SELECT ${i} AS i` });
    const page = async (after?: string) =>
      (
        await stack.gql<{
          queryHistory: {
            edges: { cursor: string; node: { sql: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }>(
          'query($a: String) { queryHistory(first: 2, after: $a) { edges { cursor node { sql status } } pageInfo { hasNextPage endCursor } } }',
          { a: after },
          owner.accessToken,
        )
      ).data!.queryHistory;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect(first.edges.map((e) => e.node.sql)).toEqual(['SELECT 4 AS i', 'SELECT 3 AS i']);
    expect(second.edges.map((e) => e.node.sql)).toEqual(['SELECT 2 AS i', 'SELECT 1 AS i']);
    expect(second.pageInfo.hasNextPage).toBe(true);
  });

  it('saves, lists and deletes queries per user and project', async () => {
    const saved = await stack.gql<{ saveQuery: { id: string } }>(
      'mutation($i: SaveQueryInput!) { saveQuery(input: $i) { id name sql dataSource { id } } }',
      { i: { projectId: owner.projectId, dataSourceId: sourceId, name: 'Top customers', sql: 'SELECT 1' } },
      owner.accessToken,
    );
    const list = await stack.gql<{ savedQueries: { name: string }[] }>(
      'query($p: ID!) { savedQueries(projectId: $p) { name } }',
      { p: owner.projectId },
      owner.accessToken,
    );
    expect(list.data?.savedQueries.map((q) => q.name)).toEqual(['Top customers']);
    const removed = await stack.gql(
      'mutation($id: ID!) { deleteSavedQuery(id: $id) }',
      { id: saved.data!.saveQuery.id },
      owner.accessToken,
    );
    expect(removed.data).toEqual({ deleteSavedQuery: true });
  });
});

describe('events', () => {
  it('publishes queryRunUpdated events on the bus as a run finishes', async () => {
    const bus = createPostgresBus(withCredentials(stack.databaseUrl, APP_ROLE, TEST_SECRETS.APP_DB_PASSWORD));
    try {
      // Long enough (seconds) to subscribe before it finishes; light enough to finish well inside the poll on a loaded CI machine.
      const run = await runQuery(stack, owner.accessToken, {
        dataSourceId: sourceId,
        sql: 'SELECT sum(a.range * b.range) FROM range(25000) a, range(25000) b',
        waitSeconds: 0,
      });
      const events: unknown[] = [];
      await bus.subscribe(`queryRun:${run.id}`, (e) => events.push(e));
      await expect
        .poll(() => events, { timeout: 15_000 })
        .toContainEqual({ id: run.id, status: 'SUCCEEDED' });
    } finally {
      await bus.close();
    }
  });
});

describe('key rotation', () => {
  it('re-encrypts every secret with the newest key and leaves them readable', async () => {
    const url = new URL(stack.databaseUrl);
    const created = await stack.gql<{ createDataSource: { id: string } }>(
      'mutation($i: CreateDataSourceInput!) { createDataSource(input: $i) { id } }',
      // The test database's owner is a superuser: the owner (an ADMIN) allows it explicitly.
      {
        i: {
          projectId: owner.projectId,
          name: 'pg',
          kind: 'POSTGRES',
          connection: {
            host: url.hostname,
            port: Number(url.port),
            database: url.pathname.slice(1),
            user: decodeURIComponent(url.username),
            password: decodeURIComponent(url.password),
            allowPrivilegedRole: true,
          },
        },
      },
      owner.accessToken,
    );
    const id = created.data!.createDataSource.id;
    const admin = new pg.Client({ connectionString: stack.databaseUrl });
    await admin.connect();
    try {
      const v3 = `${TEST_SECRETS_KEYS},v3:${Buffer.alloc(32, 3).toString('base64')}`;
      const script = fileURLToPath(
        new URL('../../subgraphs/queries/src/scripts/rotate-keys.ts', import.meta.url),
      );
      const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
        env: { ...process.env, ...TEST_SECRETS, DATABASE_URL: stack.databaseUrl, SECRETS_KEYS: v3 },
        encoding: 'utf8',
      });
      expect(result.stdout).toMatch(/re-encrypted \d+ of \d+ secrets with key v3/);
      const { rows } = await admin.query('SELECT secret_ciphertext FROM queries.data_sources WHERE id = $1', [
        id,
      ]);
      expect(rows[0].secret_ciphertext).toMatch(/^v3\./);
    } finally {
      await admin.end();
    }
  });
});
