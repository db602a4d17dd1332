import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { errorCode, startStack, type Stack } from '../support/stack.ts';

const CREATE_SOURCE = 'mutation($i: CreateDataSourceInput!) { createDataSource(input: $i) { id } }';
const TEST_CONNECTION = 'mutation($id: ID!) { testDataSourceConnection(id: $id) { ok error { code } } }';
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { role status } }';
const CREATE_KEY = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }';

let stack: Stack;
let owner: SignedUpUser;
let viewer: SignedUpUser;
beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'edges-owner');
  viewer = await signUp(stack, 'edges-viewer');
  const invited = await stack.gql(
    INVITE,
    { input: { organizationId: owner.organizationId, email: viewer.email, role: 'VIEWER' } },
    owner.accessToken,
  );
  expect(invited.data).toEqual({ inviteMember: { role: 'VIEWER', status: 'ACTIVE' } });
  // The viewer's token must carry the new membership: sign in again.
  const login = await stack.gql<{ logIn: { accessToken: string } }>(
    'mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }',
    { input: { email: viewer.email, password: viewer.password } },
  );
  viewer.accessToken = login.data!.logIn.accessToken;
}, 180_000);
afterAll(() => stack.stop());

describe('SSRF', () => {
  it("refuses the platform's own services as a data source, even with private networks allowed", async () => {
    const accountsPort = Number(new URL(stack.accountsUrl).port);
    const created = await stack.gql(
      CREATE_SOURCE,
      {
        i: {
          projectId: owner.projectId,
          name: 'accounts as postgres',
          kind: 'POSTGRES',
          connection: { host: '127.0.0.1', port: accountsPort, database: 'x', user: 'x', password: 'x' },
        },
      },
      owner.accessToken,
    );
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(created.errors)).toContain("platform's own services");

    // A private host on another port stays allowed in development and test.
    const allowed = await stack.gql(
      CREATE_SOURCE,
      {
        i: {
          projectId: owner.projectId,
          name: 'private postgres',
          kind: 'POSTGRES',
          connection: { host: '127.0.0.1', port: 1, database: 'x', user: 'x', password: 'x' },
        },
      },
      owner.accessToken,
    );
    expect(allowed.errors).toBeUndefined();
  });
});

describe('testDataSourceConnection', () => {
  it('is refused to a VIEWER and to a READ-only API key, like to a READ key, and allowed to an EDITOR+', async () => {
    const created = await stack.gql<{ createDataSource: { id: string } }>(
      CREATE_SOURCE,
      {
        i: {
          projectId: owner.projectId,
          name: 'closed port',
          kind: 'POSTGRES',
          connection: { host: '127.0.0.1', port: 9, database: 'x', user: 'x', password: 'x' },
        },
      },
      owner.accessToken,
    );
    const id = created.data!.createDataSource.id;

    const asViewer = await stack.gql(TEST_CONNECTION, { id }, viewer.accessToken);
    expect(errorCode(asViewer)).toBe('FORBIDDEN');

    const key = await stack.gql<{ createApiKey: { secret: string } }>(
      CREATE_KEY,
      { input: { organizationId: owner.organizationId, name: 'runner', scopes: ['READ', 'QUERY_RUN'] } },
      owner.accessToken,
    );
    const asKey = await stack.gql(TEST_CONNECTION, { id }, key.data!.createApiKey.secret);
    expect(errorCode(asKey)).toBe('FORBIDDEN');

    const asOwner = await stack.gql<{ testDataSourceConnection: { ok: boolean } }>(
      TEST_CONNECTION,
      { id },
      owner.accessToken,
    );
    expect(asOwner.data?.testDataSourceConnection.ok).toBe(false);
  });
});
