import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSourceId, freePort, RUN_QUERY, TEST_SECRETS } from '@tessera/testing';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { startStack, type Stack } from '../support/stack.ts';

// Write-ahead audit: a mutation's entry is committed in accounts' PostgreSQL before the mutation
// runs, so a gateway killed with SIGKILL in the middle of a burst loses no entry of a mutation it
// acknowledged, and the hash chain still verifies. A mutation that only reads data (runQuery) runs
// while its entry is appended, and its result leaves only once the entry is committed.

const root = fileURLToPath(new URL('../..', import.meta.url));
let stack: Stack;
let owner: SignedUpUser;
const children: ChildProcess[] = [];

beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'audited-burst');
}, 180_000);
afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await stack?.stop();
});

/** `during()` while no audit entry can be appended (audit.entries locked); the lock is released after. */
async function whileAuditLocked<T>(during: () => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: stack.databaseUrl });
  await admin.connect();
  try {
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE audit.entries IN ACCESS EXCLUSIVE MODE');
    return await during();
  } finally {
    await admin.query('ROLLBACK').catch(() => undefined);
    await admin.end();
  }
}

/** The real gateway as its own process (gateway/src/index.ts), over the stack's subgraphs. */
async function startGatewayProcess(): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      PORT: String(port),
      INTERNAL_SECRET: TEST_SECRETS.INTERNAL_SECRET,
      ACCOUNTS_URL: stack.subgraphUrls.accounts,
      QUERIES_URL: stack.subgraphUrls.queries,
      CANVASES_URL: stack.subgraphUrls.canvases,
      COMMENTS_URL: stack.subgraphUrls.comments,
      AI_URL: stack.subgraphUrls.ai,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gateway exited:\n${output}`);
    if (
      await fetch(`${url}/health`).then(
        () => true,
        () => false,
      )
    )
      return { url: `${url}/graphql`, child, output: () => output };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`gateway did not start:\n${output}`);
}

const CREATE = 'mutation Burst($i: CreateProjectInput!) { createProject(input: $i) { id } }';

describe('audit log durability', () => {
  it(
    'kill -9 of the gateway during a burst of mutations, 3 rounds: every acknowledged mutation has its entry, and the chain verifies',
    { timeout: 240_000 },
    async () => {
      const acknowledged: { requestId: string; projectId: string }[] = [];
      let sent = 0;
      let next = 0;
      for (let round = 0; round < 3; round++) {
        const gateway = await startGatewayProcess();
        const target = acknowledged.length + 40;
        let killed = false;
        const one = async (i: number) => {
          const requestId = `audit-burst-${i}`;
          sent += 1;
          const response = await fetch(gateway.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${owner.accessToken}`,
              'x-request-id': requestId,
            },
            body: JSON.stringify({
              query: CREATE,
              variables: { i: { organizationId: owner.organizationId, name: `Burst ${i}` } },
            }),
          }).catch(() => null);
          if (!response) return;
          const body = (await response.json().catch(() => null)) as {
            data?: { createProject?: { id: string } };
          } | null;
          const projectId = body?.data?.createProject?.id;
          if (response.status === 200 && projectId) acknowledged.push({ requestId, projectId });
        };
        // 8 clients in parallel; the gateway is killed once 40 more mutations were acknowledged.
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            while (!killed && next < 1_000) {
              await one(next++);
              if (!killed && acknowledged.length >= target) {
                killed = true;
                gateway.child.kill('SIGKILL');
              }
            }
          }),
        );
        expect(killed).toBe(true);
      }
      expect(acknowledged.length).toBeGreaterThanOrEqual(120);

      const admin = new pg.Client({ connectionString: stack.databaseUrl });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ requestId: string; operation: string; organizationId: string }>(
          `SELECT request_id AS "requestId", operation, organization_id::text AS "organizationId" FROM audit.entries WHERE request_id LIKE 'audit-burst-%'`,
        );
        const recorded = new Map(rows.map((r) => [r.requestId, r]));
        const lost = acknowledged.filter((a) => !recorded.has(a.requestId));
        expect({ acknowledged: acknowledged.length, sent, lost: lost.map((l) => l.requestId) }).toMatchObject(
          { lost: [] },
        );
        for (const a of acknowledged) {
          expect(recorded.get(a.requestId)).toMatchObject({
            operation: 'Burst(createProject)',
            organizationId: owner.organizationId,
          });
        }
        // Each entry is there once (no duplicate appended by a retry).
        expect(new Set(rows.map((r) => r.requestId)).size).toBe(rows.length);
      } finally {
        await admin.end();
      }

      const verify = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'subgraphs/accounts/src/scripts/verify-audit.ts'],
        {
          cwd: root,
          env: { ...process.env, DATABASE_URL: stack.databaseUrl },
          encoding: 'utf8',
        },
      );
      expect(verify.stdout).toMatch(/audit log intact: \d+ entries, hash chain verified/);
      expect(verify.status).toBe(0);

      // Through a new gateway, the acknowledged mutations read SUCCESS (or PENDING when the outcome
      // was not delivered before the kill), with the created project among their targets.
      const again = await startGatewayProcess();
      const log = await fetch(again.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.accessToken}` },
        body: JSON.stringify({
          query:
            'query($o: ID!) { auditLog(organizationId: $o, first: 100) { edges { node { requestId outcome targetIds } } } }',
          variables: { o: owner.organizationId },
        }),
      }).then(
        (r) =>
          r.json() as Promise<{
            data: {
              auditLog: { edges: { node: { requestId: string; outcome: string; targetIds: string[] } }[] };
            };
          }>,
      );
      const nodes = new Map(log.data.auditLog.edges.map((e) => [e.node.requestId, e.node]));
      const seen = acknowledged.filter((a) => nodes.has(a.requestId));
      expect(seen.length).toBeGreaterThan(0);
      for (const a of seen) {
        const node = nodes.get(a.requestId)!;
        expect(['SUCCESS', 'PENDING']).toContain(node.outcome);
        if (node.outcome === 'SUCCESS') expect(node.targetIds).toContain(a.projectId);
      }
      expect(seen.filter((a) => nodes.get(a.requestId)!.outcome === 'SUCCESS').length).toBeGreaterThan(0);
      again.child.kill('SIGTERM');
    },
  );

  it(
    'a mutation whose audit entry cannot be recorded is refused with UNAVAILABLE (503) and does not run',
    { timeout: 90_000 },
    async () => {
      const refused = await whileAuditLocked(() =>
        stack.gql(
          'mutation Refused($i: CreateProjectInput!) { createProject(input: $i) { id } }',
          { i: { organizationId: owner.organizationId, name: 'Not without an audit entry' } },
          owner.accessToken,
        ),
      );
      expect(refused.status).toBe(503);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
      expect(refused.data ?? null).toBeNull();
      const admin = new pg.Client({ connectionString: stack.databaseUrl });
      await admin.connect();
      try {
        const { rows } = await admin.query(
          "SELECT count(*)::int AS n FROM accounts.projects WHERE name = 'Not without an audit entry'",
        );
        expect(rows[0].n).toBe(0);
      } finally {
        await admin.end();
      }
    },
  );

  it(
    'a run whose audit entry cannot be recorded has its result withheld (UNAVAILABLE, 503, no rows), and its entry is filed once the log is back',
    { timeout: 90_000 },
    async () => {
      const sourceId = await demoSourceId(stack, owner);
      const sql = "SELECT 'withheld without an audit entry' AS marker";
      const refused = await whileAuditLocked(() =>
        stack.gql(RUN_QUERY, { input: { dataSourceId: sourceId, sql } }, owner.accessToken),
      );
      expect(refused.status).toBe(503);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
      expect(refused.errors?.[0]?.message).toMatch(/withheld/);
      expect(refused.data ?? null).toBeNull();
      expect(JSON.stringify(refused)).not.toContain('withheld without an audit entry');
      // With the log back, the same run answers, and both attempts are in the log.
      const answered = await stack.gql<{ runQuery: { status: string } }>(
        RUN_QUERY,
        { input: { dataSourceId: sourceId, sql } },
        owner.accessToken,
      );
      expect(answered.data?.runQuery.status).toBe('SUCCEEDED');
      const deadline = Date.now() + 30_000;
      let outcomes: string[] = [];
      while (Date.now() < deadline) {
        const log = await stack.gql<{
          auditLog: { edges: { node: { operation: string; outcome: string } }[] };
        }>(
          'query($o: ID!) { auditLog(organizationId: $o, first: 100) { edges { node { operation outcome } } } }',
          { o: owner.organizationId },
          owner.accessToken,
        );
        outcomes = (log.data?.auditLog.edges ?? [])
          .filter((e) => e.node.operation.startsWith('Run(runQuery'))
          .map((e) => e.node.outcome);
        if (outcomes.includes('UNAVAILABLE') && outcomes.includes('SUCCESS')) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(outcomes).toContain('UNAVAILABLE');
      expect(outcomes).toContain('SUCCESS');
    },
  );
});
