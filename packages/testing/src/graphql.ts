import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

// GraphQL over HTTP as a browser or partner speaks it, and the few platform calls most suites
// start with (sign up, find the demo source, run SQL). Any client with a `gql` method works: the
// whole-stack harness in e2e/support, or a subgraph's own smaller platform.

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] | undefined;
}

export interface GraphQLClient {
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
}

/** Fixed test keys for connection secrets (v1 and v2, so rotation can be exercised). */
export const TEST_SECRETS_KEYS = `v1:${Buffer.alloc(32, 1).toString('base64')},v2:${Buffer.alloc(32, 2).toString('base64')}`;

/** The shared demo database is generated once per run into this folder (deterministic data). */
export const SHARED_TEST_DATA_DIR = path.join(os.tmpdir(), 'tessera-test-data');

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
  extraHeaders: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...extraHeaders,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLResult['errors'] };
  return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
}

export function errorCode(result: GraphQLResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      refreshToken
      user {
        id
        email
        name
        memberships {
          role
          organization {
            id
            name
            projects {
              id
              name
            }
          }
        }
      }
    }
  }
`;

export interface SignedUpUser {
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  userId: string;
  organizationId: string;
  projectId: string;
}

interface SignUpData {
  signUp: {
    accessToken: string;
    refreshToken: string;
    user: { id: string; memberships: { organization: { id: string; projects: { id: string }[] } }[] };
  };
}

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(4).toString('hex')}@example.com`;
}

export async function signUp(client: GraphQLClient, label = 'user'): Promise<SignedUpUser> {
  const email = uniqueEmail(label);
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const result = await client.gql<SignUpData>(SIGN_UP, {
    input: { email, password, name: `Name ${label}`, organizationName: `Org ${label}` },
  });
  if (!result.data) throw new Error(`signUp failed: ${JSON.stringify(result.errors)}`);
  const { signUp: payload } = result.data;
  const membership = payload.user.memberships[0]!;
  return {
    email,
    password,
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    userId: payload.user.id,
    organizationId: membership.organization.id,
    projectId: membership.organization.projects[0]!.id,
  };
}

export const RUN_QUERY = /* GraphQL */ `
  mutation Run($input: RunQueryInput!) {
    runQuery(input: $input) {
      id
      status
      rowCount
      truncated
      cached
      durationMs
      columns {
        name
        type
      }
      rows
      error {
        code
        message
        position
      }
    }
  }
`;

export interface Run {
  id: string;
  status: string;
  rowCount: number;
  truncated: boolean;
  cached: boolean;
  columns: { name: string; type: string }[];
  rows: unknown[][];
  error: { code: string; message: string; position: number | null } | null;
}

export async function demoSourceId(client: GraphQLClient, user: SignedUpUser): Promise<string> {
  const result = await client.gql<{ project: { dataSources: { id: string; kind: string; name: string }[] } }>(
    'query($id: ID!) { project(id: $id) { dataSources { id kind name } } }',
    { id: user.projectId },
    user.accessToken,
  );
  const demo = result.data?.project.dataSources.find((s) => s.kind === 'DEMO');
  if (!demo) throw new Error(`no demo source: ${JSON.stringify(result.errors)}`);
  return demo.id;
}

export async function runQuery(
  client: GraphQLClient,
  token: string,
  input: Record<string, unknown>,
): Promise<Run> {
  const result = await client.gql<{ runQuery: Run }>(RUN_QUERY, { input }, token);
  if (!result.data?.runQuery) throw new Error(`runQuery failed: ${JSON.stringify(result.errors)}`);
  return result.data.runQuery;
}
