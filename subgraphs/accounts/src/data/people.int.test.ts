import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withTenant, type Pool } from '@tessera/db';
import { createSecretBox } from '@tessera/secret-box';
import { createMigratedServiceDatabase, type MigratedServiceDatabase } from '@tessera/testing';
import { newInvitationToken } from '../services/invitation-token.ts';
import { createCanvasGrantsRepo } from './canvas-grants-repo.ts';
import { createEmbeddingSecretsRepo, sealStoredSecrets } from './embedding-secrets-repo.ts';
import { createInvitationsRepo } from './invitations-repo.ts';
import { createOrganizationsRepo } from './organizations-repo.ts';

// Migration 0008 against real PostgreSQL, as the tessera_app role: canvas grants and embedding
// secrets are tenant data; a grantee reads their own grants only; invitations accept by link
// under the inviting tenant; the last OWNER cannot be demoted, also by two demotions at once.

let db: MigratedServiceDatabase;
let owner: Pool;
let app: Pool;
const orgA = randomUUID();
const orgB = randomUUID();
const alice = randomUUID();
const bob = randomUUID();
const carol = randomUUID();
const tag = randomBytes(4).toString('hex');
const email = (name: string) => `${name}-${tag}@example.com`;
const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const box = createSecretBox(`v1:${key(1)}`);

beforeAll(async () => {
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'accounts',
    migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
    appPoolSize: 2,
  });
  ({ owner, app } = db);
  for (const [id, name] of [
    [alice, 'alice'],
    [bob, 'bob'],
    [carol, 'carol'],
  ] as const) {
    await owner.query(
      `INSERT INTO accounts.users (id, email, email_normalized, name, password_hash) VALUES ($1, $2, $2, $3, 'x')`,
      [id, email(name), name],
    );
  }
  await owner.query(`INSERT INTO accounts.organizations (id, name) VALUES ($1, 'A'), ($2, 'B')`, [
    orgA,
    orgB,
  ]);
  await owner.query(
    `INSERT INTO accounts.memberships (organization_id, user_id, role) VALUES ($1, $2, 'OWNER'), ($1, $3, 'OWNER'), ($4, $5, 'OWNER')`,
    [orgA, alice, bob, orgB, carol],
  );
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('canvas grants', () => {
  it('belong to the canvas’s organization; the grantee reads their own across tenants, nobody else does', async () => {
    const grants = createCanvasGrantsRepo(app);
    const canvasA = randomUUID();
    await grants.put({
      organizationId: orgA,
      canvasId: canvasA,
      email: email('carol'),
      emailNormalized: email('carol'),
      role: 'VIEWER',
      grantedBy: alice,
    });
    expect((await grants.listForUser(carol)).map((g) => [g.canvasId, g.organizationId, g.role])).toEqual([
      [canvasA, orgA, 'VIEWER'],
    ]);
    expect(await grants.listForUser(bob)).toEqual([]);
    expect(await grants.listForCanvas(orgB, canvasA)).toEqual([]);
    expect(await grants.listForCanvas(orgA, canvasA)).toHaveLength(1);
    // Organization B cannot write a grant filed under A, nor remove A's.
    await expect(
      withTenant(app, { tenantId: orgB }, (c) =>
        c.query(
          `INSERT INTO accounts.canvas_grants (organization_id, canvas_id, email, email_normalized, role) VALUES ($1, $2, 'x@example.com', 'x@example.com', 'VIEWER')`,
          [orgA, randomUUID()],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await grants.remove(orgB, canvasA, email('carol'))).toBe(false);
    expect(await grants.remove(orgA, canvasA, email('carol'))).toBe(true);
    expect(await grants.listForUser(carol)).toEqual([]);
  });
});

describe('embedding secrets', () => {
  it('are read and replaced per tenant only', async () => {
    const secrets = createEmbeddingSecretsRepo(app, box);
    await secrets.put(orgA, 'first', alice);
    await secrets.put(orgA, 'second', alice);
    expect((await secrets.current(orgA))?.secret).toBe('second');
    expect(await secrets.current(orgB)).toBeNull();
    const { rows } = await withTenant(app, { tenantId: orgB }, (c) =>
      c.query('SELECT secret FROM accounts.embedding_secrets'),
    );
    expect(rows).toEqual([]);
  });

  const stored = async (org: string) =>
    (
      await withTenant(app, { tenantId: org }, (c) =>
        c.query<{ secret: string }>(
          'SELECT secret FROM accounts.embedding_secrets WHERE organization_id = $1',
          [org],
        ),
      )
    ).rows[0]?.secret;

  it('are sealed at rest (AES-256-GCM, the organization as context) and read back in clear', async () => {
    const secrets = createEmbeddingSecretsRepo(app, box);
    await secrets.put(orgA, 'the-embedding-secret', alice);
    const raw = await stored(orgA);
    expect(raw).toMatch(/^sb1\.v1\./);
    expect(raw).not.toContain('the-embedding-secret');
    expect((await secrets.current(orgA))?.secret).toBe('the-embedding-secret');
    // A sealed row copied under another organization does not open there.
    expect(() => box.open(raw!, orgB)).toThrow();
  });

  it('plaintext rows from before sealing still read and get sealed; a rotated ring re-seals at start', async () => {
    await withTenant(app, { tenantId: orgB }, (c) =>
      c.query(
        `INSERT INTO accounts.embedding_secrets (organization_id, secret, created_by) VALUES ($1, 'legacy-plain', $2)
         ON CONFLICT (organization_id) DO UPDATE SET secret = EXCLUDED.secret`,
        [orgB, carol],
      ),
    );
    expect(await createEmbeddingSecretsRepo(app, box).current(orgB)).toMatchObject({
      secret: 'legacy-plain',
    });
    expect(box.isSealed((await stored(orgB))!)).toBe(true);

    await withTenant(app, { tenantId: orgB }, (c) =>
      c.query(`UPDATE accounts.embedding_secrets SET secret = 'legacy-again' WHERE organization_id = $1`, [
        orgB,
      ]),
    );
    const rotated = createSecretBox(`v2:${key(2)},v1:${key(1)}`);
    expect(await sealStoredSecrets(owner, rotated)).toBeGreaterThanOrEqual(2); // orgB plaintext, orgA under v1
    expect(await stored(orgA)).toMatch(/^sb1\.v2\./);
    expect(await stored(orgB)).toMatch(/^sb1\.v2\./);
    expect(await sealStoredSecrets(owner, rotated)).toBe(0);
    const secrets = createEmbeddingSecretsRepo(app, rotated);
    expect((await secrets.current(orgA))?.secret).toBe('the-embedding-secret');
    expect((await secrets.current(orgB))?.secret).toBe('legacy-again');
    // Without the key that sealed them, nothing opens.
    await expect(
      createEmbeddingSecretsRepo(app, createSecretBox(`v3:${key(3)}`)).current(orgA),
    ).rejects.toThrow();
  });
});

describe('invitations by link', () => {
  it('accept once, under the inviting tenant; a renewed link voids the old one', async () => {
    const invitations = createInvitationsRepo(app);
    const invite = async () => {
      const { token, hash } = newInvitationToken(orgB);
      await invitations.upsert({
        id: randomUUID(),
        organizationId: orgB,
        email: email('alice'),
        emailNormalized: email('alice'),
        role: 'EDITOR',
        invitedBy: carol,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + 60_000),
      });
      return { token, hash };
    };
    const first = await invite();
    const second = await invite();
    expect(await invitations.acceptByToken(orgB, first.hash, alice)).toBeNull();
    expect(await invitations.acceptByToken(orgA, second.hash, alice)).toBeNull();
    expect((await invitations.acceptByToken(orgB, second.hash, alice))?.role).toBe('EDITOR');
    expect(await invitations.acceptByToken(orgB, second.hash, bob)).toBeNull();
    const memberships = await createOrganizationsRepo(app).membershipsOfUser(alice);
    expect(memberships.map((m) => [m.organizationId, m.role]).sort()).toEqual(
      [
        [orgA, 'OWNER'],
        [orgB, 'EDITOR'],
      ].sort(),
    );
  });

  it('an expired link does not open', async () => {
    const invitations = createInvitationsRepo(app);
    const { hash } = newInvitationToken(orgA);
    await invitations.upsert({
      id: randomUUID(),
      organizationId: orgA,
      email: email('late'),
      emailNormalized: email('late'),
      role: 'VIEWER',
      invitedBy: alice,
      tokenHash: hash,
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(await invitations.acceptByToken(orgA, hash, carol)).toBeNull();
  });
});

describe('roles', () => {
  it('two OWNERs demoting each other at once leave one OWNER', async () => {
    const orgs = createOrganizationsRepo(app);
    const outcomes = await Promise.all([
      orgs.setRole(orgA, alice, 'ADMIN'),
      orgs.setRole(orgA, bob, 'ADMIN'),
    ]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['last-owner', 'set']);
    const { rows } = await owner.query(
      "SELECT count(*)::int AS n FROM accounts.memberships WHERE organization_id = $1 AND role = 'OWNER'",
      [orgA],
    );
    expect(rows[0].n).toBe(1);
    expect((await orgs.setRole(orgA, carol, 'VIEWER')).outcome).toBe('not-member');
  });
});
