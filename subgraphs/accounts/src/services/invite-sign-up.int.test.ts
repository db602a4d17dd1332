import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { silentLogger } from '@tessera/logger';
import { createMigratedServiceDatabase, TEST_SECRETS, type MigratedServiceDatabase } from '@tessera/testing';
import { loadConfig } from '../config.ts';
import { createSecretBox } from '@tessera/secret-box';
import { createRepositories, type Repositories } from '../data/index.ts';
import { createAccessTokens } from './access-tokens.ts';
import { createAuthService } from './auth-service.ts';
import { createMailer } from './mailer.ts';
import { createPeopleService } from './people-service.ts';
import { createPrincipalEvents } from './principal-events.ts';

// Sign-up through an invitation link with SIGN_UP_MODE=verify: the emailed verification link
// creates the account inside the inviting organization, and no organization of its own.

let db: MigratedServiceDatabase;
let repos: Repositories;
const orgId = randomUUID();
const ownerId = randomUUID();
const tag = randomBytes(4).toString('hex');

beforeAll(async () => {
  db = await createMigratedServiceDatabase({
    adminUrl: inject('adminDatabaseUrl'),
    schema: 'accounts',
    migrationsDir: fileURLToPath(new URL('../data/migrations', import.meta.url)),
    appPoolSize: 2,
  });
  await db.owner.query(
    `INSERT INTO accounts.users (id, email, email_normalized, name, password_hash) VALUES ($1, $2, $2, 'Owner', 'x')`,
    [ownerId, `owner-${tag}@example.com`],
  );
  await db.owner.query(`INSERT INTO accounts.organizations (id, name) VALUES ($1, 'Inviting Co')`, [orgId]);
  await db.owner.query(
    `INSERT INTO accounts.memberships (organization_id, user_id, role) VALUES ($1, $2, 'OWNER')`,
    [orgId, ownerId],
  );
  repos = createRepositories(db.app, createSecretBox(`v1:${Buffer.alloc(32, 1).toString('base64')}`));
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('sign-up through an invitation (verify mode)', () => {
  it('the verification link joins the inviting organization; no new organization', async () => {
    const config = loadConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://unused@127.0.0.1/x',
      SIGN_UP_MODE: 'verify',
      PUBLIC_URL: 'http://bi.example.test',
    });
    const events = createPrincipalEvents(null, silentLogger);
    const mailer = createMailer({ from: config.MAIL_FROM, outbox: repos.signUps, logger: silentLogger });
    const auth = createAuthService({
      repos,
      tokens: createAccessTokens({ secret: config.JWT_SECRET, ttlSeconds: 900 }),
      config,
      logger: silentLogger,
      events,
      mailer,
    });
    const people = createPeopleService({
      repos,
      logger: silentLogger,
      events,
      mailer,
      publicUrl: config.PUBLIC_URL,
    });
    const identity = {
      requestId: 'r',
      principal: {
        kind: 'user' as const,
        userId: ownerId,
        sessionId: 's',
        memberships: [{ organizationId: orgId, role: 'OWNER' as const }],
      },
    };

    const email = `newcomer-${tag}@example.com`;
    const invited = await people.inviteMember(identity, { organizationId: orgId, email, role: 'EDITOR' });
    expect(invited.inviteUrl).toMatch(/^http:\/\/bi\.example\.test\/invite\//);
    const [invitationMail] = await repos.signUps.outbox(email);
    expect(invitationMail!.body).toContain(invited.inviteUrl);
    const invitationToken = invited.inviteUrl!.split('/invite/')[1]!;

    await expect(
      auth.requestSignUp({
        email,
        password: 'long-enough-pw',
        name: 'New',
        invitationToken: `${invitationToken.slice(0, -1)}${invitationToken.endsWith('A') ? 'B' : 'A'}`,
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await auth.requestSignUp({ email, password: 'long-enough-pw', name: 'New', invitationToken }),
    ).toEqual({ email, session: null });
    const verification = (await repos.signUps.outbox(email)).at(-1)!;
    const token = /signup\/complete\?token=([A-Za-z0-9_-]+)/.exec(verification.body)![1]!;
    const session = await auth.completeSignUp(token);
    expect(await repos.organizations.membershipsOfUser(session.user.id)).toEqual([
      { organizationId: orgId, role: 'EDITOR' },
    ]);
  });
});
