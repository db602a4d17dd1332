import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, withCredentials } from '@tessera/db';
import { TEST_SECRETS } from '@tessera/testing';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId, runQuery } from '../support/queries.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'audited');
}, 180_000);
afterAll(() => stack.stop());

const verify = () =>
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('../../subgraphs/accounts/src/scripts/verify-audit.ts', import.meta.url)),
    ],
    {
      env: { ...process.env, DATABASE_URL: stack.databaseUrl },
      encoding: 'utf8',
    },
  );

describe('audit log', () => {
  it('records every contract mutation with who, organization, targets, outcome and request id', async () => {
    const t = owner.accessToken;
    const project = (
      await stack.gql<{ createProject: { id: string } }>(
        'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
        { i: { organizationId: owner.organizationId, name: 'Audited' } },
        t,
      )
    ).data!.createProject.id;
    await stack.gql(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { role } }',
      { i: { organizationId: owner.organizationId, email: 'someone@example.com', role: 'VIEWER' } },
      t,
    );
    const key = (
      await stack.gql<{ createApiKey: { apiKey: { id: string } } }>(
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id } } }',
        { i: { organizationId: owner.organizationId, name: 'k', scopes: ['READ'] } },
        t,
      )
    ).data!.createApiKey.apiKey.id;
    await stack.gql('mutation($id: ID!) { revokeApiKey(id: $id) }', { id: key }, t);
    const sourceId = await demoSourceId(stack, owner);
    const run = await runQuery(stack, t, { dataSourceId: sourceId, sql: 'SELECT 1 AS one' });
    await stack.gql('mutation($id: ID!) { cancelQueryRun(id: $id) { status } }', { id: run.id }, t);
    const canvas = (
      await stack.gql<{ createCanvas: { id: string } }>(
        'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
        { i: { projectId: project, name: 'A' } },
        t,
      )
    ).data!.createCanvas.id;
    const block = (
      await stack.gql<{ addBlock: { id: string } }>(
        'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
        {
          i: {
            canvasId: canvas,
            type: 'TEXT',
            position: { x: 0, y: 0, w: 2, h: 2 },
            content: { markdown: 'hi' },
          },
        },
        t,
      )
    ).data!.addBlock.id;
    await stack.gql(
      'mutation($i: UpdateBlockInput!) { updateBlock(input: $i) { id } }',
      { i: { canvasId: canvas, blockId: block, content: { markdown: 'hello' } } },
      t,
    );
    const link = (
      await stack.gql<{ createShareLink: { id: string } }>(
        'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { id } }',
        { i: { canvasId: canvas } },
        t,
      )
    ).data!.createShareLink.id;
    await stack.gql('mutation($id: ID!) { revokeShareLink(id: $id) }', { id: link }, t);
    const comment = (
      await stack.gql<{ addComment: { id: string } }>(
        'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
        { i: { canvasId: canvas, body: 'ok' } },
        t,
      )
    ).data!.addComment.id;
    await stack.gql('mutation($id: ID!) { resolveComment(id: $id) { id } }', { id: comment }, t);
    await stack.gql(
      'mutation($c: ID!, $b: ID!) { removeBlock(canvasId: $c, blockId: $b) }',
      { c: canvas, b: block },
      t,
    );
    const url = new URL(stack.databaseUrl);
    await stack.gql(
      'mutation($i: CreateDataSourceInput!) { createDataSource(input: $i) { id } }',
      {
        i: {
          projectId: project,
          name: 'pg',
          kind: 'POSTGRES',
          connection: { host: url.hostname, port: Number(url.port), database: 'x', user: 'x', password: 'x' },
        },
      },
      t,
    );
    await stack.gql(
      'mutation($i: GenerateSqlInput!) { generateSql(input: $i) { sql } }',
      { i: { dataSourceId: sourceId, prompt: 'revenue by month' } },
      t,
    );
    const session = await stack.gql<{ logIn: { accessToken: string; refreshToken: string } }>(
      'mutation($i: LogInInput!) { logIn(input: $i) { accessToken refreshToken } }',
      { i: { email: owner.email, password: owner.password } },
    );
    const refreshed = await stack.gql<{ refreshSession: { accessToken: string } }>(
      'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }',
      { r: session.data!.logIn.refreshToken },
    );
    await stack.gql('mutation { logOut }', {}, refreshed.data!.refreshSession.accessToken);
    await stack.gql(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { organizationId: owner.organizationId, name: '' } },
      t,
    );

    const expected = [
      'createProject',
      'inviteMember',
      'createApiKey',
      'revokeApiKey',
      'createDataSource',
      'runQuery',
      'cancelQueryRun',
      'generateSql',
      'createCanvas',
      'addBlock',
      'updateBlock',
      'createShareLink',
      'revokeShareLink',
      'addComment',
      'resolveComment',
      'removeBlock',
      'logOut',
    ];
    type Log = {
      auditLog: {
        edges: {
          node: {
            operation: string;
            outcome: string;
            actorUserId: string;
            targetIds: string[];
            requestId: string;
          };
        }[];
      };
    };
    const read = async () =>
      (
        await stack.gql<Log>(
          'query($o: ID!) { auditLog(organizationId: $o, first: 100) { edges { node { operation outcome actorUserId targetIds requestId ip } } } }',
          { o: owner.organizationId },
          t,
        )
      ).data?.auditLog.edges.map((e) => e.node) ?? [];
    await expect
      .poll(async () => (await read()).length, { timeout: 5_000 })
      .toBeGreaterThanOrEqual(expected.length + 1);
    const entries = await read();
    for (const field of expected)
      expect(
        entries.some((e) => e.operation.includes(`(${field})`)),
        field,
      ).toBe(true);
    expect(entries.every((e) => e.actorUserId === owner.userId && e.requestId)).toBe(true);
    expect(entries.some((e) => e.outcome === 'BAD_USER_INPUT')).toBe(true);
    expect(entries.find((e) => e.operation.includes('(createCanvas)'))!.targetIds).toContain(canvas);

    const admin = new pg.Client({ connectionString: stack.databaseUrl });
    await admin.connect();
    try {
      // Anonymous mutations (no organization yet) are in the log too, filed without one.
      for (const field of ['signUp', 'logIn', 'refreshSession']) {
        const { rows } = await admin.query(
          'SELECT count(*)::int AS n FROM audit.entries WHERE operation LIKE $1',
          [`%(${field})%`],
        );
        expect(rows[0].n, field).toBeGreaterThan(0);
      }
    } finally {
      await admin.end();
    }
  });

  it('refuses UPDATE and DELETE for the application role and the owner, and the verifier detects an altered and a deleted entry', async () => {
    const app = new pg.Client({
      connectionString: withCredentials(stack.databaseUrl, APP_ROLE, TEST_SECRETS.APP_DB_PASSWORD),
    });
    const owner = new pg.Client({ connectionString: stack.databaseUrl });
    await app.connect();
    await owner.connect();
    try {
      await expect(app.query("UPDATE audit.entries SET outcome = 'x'")).rejects.toThrow(/permission denied/);
      await expect(app.query('DELETE FROM audit.entries')).rejects.toThrow(/permission denied/);
      await expect(
        app.query(
          "INSERT INTO audit.entries (occurred_at, actor, operation, outcome, prev_hash, hash) VALUES (now(), '{}', 'x', 'x', '\\x00', '\\x00')",
        ),
      ).rejects.toThrow(/permission denied/);
      await expect(owner.query("UPDATE audit.entries SET outcome = 'x'")).rejects.toThrow(/append-only/);
      await expect(owner.query('DELETE FROM audit.entries')).rejects.toThrow(/append-only/);

      const intact = verify();
      expect(intact.stdout).toMatch(/audit log intact: \d+ entries/);
      expect(intact.status).toBe(0);

      // Someone with the owner's power disables the guard and rewrites history.
      const bypassingGuard = async (sql: string, params: unknown[] = []) => {
        await owner.query('ALTER TABLE audit.entries DISABLE TRIGGER entries_append_only');
        try {
          await owner.query(sql, params);
        } finally {
          await owner.query('ALTER TABLE audit.entries ENABLE TRIGGER entries_append_only');
        }
      };
      const { rows: ids } = await owner.query<{ id: string; outcome: string }>(
        'SELECT id::text, outcome FROM audit.entries ORDER BY id LIMIT 4',
      );
      await bypassingGuard("UPDATE audit.entries SET outcome = 'FORBIDDEN' WHERE id = $1", [ids[1]!.id]);
      const tampered = verify();
      expect(tampered.stdout).toMatch(new RegExp(`TAMPERED at entry ${ids[1]!.id} \\(content altered\\)`));
      expect(tampered.status).toBe(1);
      await bypassingGuard('UPDATE audit.entries SET outcome = $1 WHERE id = $2', [
        ids[1]!.outcome,
        ids[1]!.id,
      ]);
      expect(verify().status).toBe(0);

      // ... or deletes an entry from the middle: the chain breaks at the entry after it.
      await bypassingGuard('DELETE FROM audit.entries WHERE id = $1', [ids[2]!.id]);
      const deleted = verify();
      expect(deleted.stdout).toMatch(new RegExp(`TAMPERED at entry ${ids[3]!.id} \\(chain broken before it`));
      expect(deleted.status).toBe(1);
    } finally {
      await app.end();
      await owner.end();
    }
  });
});
