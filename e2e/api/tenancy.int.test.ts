import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, withCredentials } from '@tessera/db';
import { signedIdentityHeaders, TEST_SECRETS } from '@tessera/testing';
import { signUp, uniqueEmail, SIGN_UP, type SignedUpUser } from '../support/accounts.ts';
import { errorCode, postGraphQL, startStack, type Stack } from '../support/stack.ts';

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { role status email } }';
const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }';
const PROJECT = 'query($id: ID!) { project(id: $id) { id name } }';

let stack: Stack;
let alice: SignedUpUser;
let bob: SignedUpUser;
beforeAll(async () => {
  stack = await startStack();
  alice = await signUp(stack, 'alice');
  bob = await signUp(stack, 'bob');
});
afterAll(() => stack.stop());

describe('roles', () => {
  it('a VIEWER reads the organization but cannot createProject', async () => {
    const invited = await stack.gql(
      INVITE,
      { input: { organizationId: alice.organizationId, email: bob.email, role: 'VIEWER' } },
      alice.accessToken,
    );
    expect(invited.data).toEqual({ inviteMember: { role: 'VIEWER', status: 'ACTIVE', email: bob.email } });

    const org = await stack.gql<{ organization: { projects: { id: string }[] } }>(
      'query($id: ID!) { organization(id: $id) { name projects { id } } }',
      { id: alice.organizationId },
      bob.accessToken,
    );
    expect(org.data?.organization.projects.map((p) => p.id)).toContain(alice.projectId);

    const denied = await stack.gql(
      CREATE_PROJECT,
      { input: { organizationId: alice.organizationId, name: 'Nope' } },
      bob.accessToken,
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');
  });

  it('only ADMIN and above invite', async () => {
    const denied = await stack.gql(
      INVITE,
      { input: { organizationId: alice.organizationId, email: uniqueEmail(), role: 'EDITOR' } },
      bob.accessToken,
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');
  });

  it('an invitation to an email without an account takes effect when that person signs up', async () => {
    const email = uniqueEmail('carol');
    const pending = await stack.gql(
      INVITE,
      { input: { organizationId: alice.organizationId, email, role: 'EDITOR' } },
      alice.accessToken,
    );
    expect(pending.data).toEqual({ inviteMember: { role: 'EDITOR', status: 'PENDING', email } });

    const carol = await stack.gql<{
      signUp: { user: { memberships: { role: string; organization: { id: string } }[] } };
    }>(SIGN_UP, {
      input: { email, password: 'carols-password', name: 'Carol', organizationName: 'Carol Co' },
    });
    const memberships = carol.data!.signUp.user.memberships.map((m) => [m.organization.id, m.role]);
    expect(memberships).toContainEqual([alice.organizationId, 'EDITOR']);
  });
});

describe('tenant isolation', () => {
  it('a user of organization A gets NOT_FOUND for organization B project by id', async () => {
    const result = await stack.gql(
      PROJECT,
      { id: alice.projectId },
      (await signUp(stack, 'outsider')).accessToken,
    );
    expect(result.data).toEqual({ project: null });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for another tenant through an entity reference too', async () => {
    const outsider = await signUp(stack, 'outsider2');
    const headers = await signedIdentityHeaders(TEST_SECRETS.INTERNAL_SECRET, {
      requestId: 'entity-test',
      principal: {
        kind: 'user',
        userId: outsider.userId,
        sessionId: 's',
        memberships: [{ organizationId: outsider.organizationId, role: 'OWNER' }],
      },
    });
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id name } ... on Organization { id name } } }';
    const representations = [
      { __typename: 'Project', id: alice.projectId },
      { __typename: 'Organization', id: alice.organizationId },
      { __typename: 'Project', id: outsider.projectId },
    ];
    const result = await postGraphQL<{ _entities: unknown[] }>(
      stack.accountsUrl,
      query,
      { r: representations },
      undefined,
      headers,
    );
    expect(result.data?._entities[0]).toBeNull();
    expect(result.data?._entities[1]).toBeNull();
    expect(result.data?._entities[2]).toMatchObject({ id: outsider.projectId });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  it('subgraphs refuse requests that do not carry the gateway-signed identity', async () => {
    const direct = await postGraphQL(stack.accountsUrl, '{ me { id } }');
    expect(direct.status).toBe(401);
    const forged = await postGraphQL(stack.accountsUrl, '{ me { id } }', undefined, undefined, {
      ...(await signedIdentityHeaders('some-other-secret-that-is-long-enough!!', {
        requestId: 'x',
        principal: { kind: 'anonymous' },
      })),
    });
    expect(forged.status).toBe(401);
  });

  it('in the database, a query without a tenant fails instead of leaking', async () => {
    const client = new pg.Client({
      connectionString: withCredentials(stack.databaseUrl, APP_ROLE, TEST_SECRETS.APP_DB_PASSWORD),
    });
    await client.connect();
    try {
      await expect(client.query('SELECT * FROM accounts.projects')).rejects.toThrow(
        /tenant context is not set/,
      );
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [bob.organizationId]);
      const { rows } = await client.query('SELECT organization_id FROM accounts.projects');
      await client.query('COMMIT');
      expect(rows.every((r) => r.organization_id === bob.organizationId)).toBe(true);
      expect(rows.length).toBeGreaterThan(0);
      const { rows: role } = await client.query(
        'SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user',
      );
      expect(role[0]).toEqual({ rolbypassrls: false, rolsuper: false });
    } finally {
      await client.end();
    }
  });
});
