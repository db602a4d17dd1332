// Test support: the real platform (accounts, queries and the gateway, testing/platform.ts) plus
// the real AI subgraph on port 0, over one fresh database. Requests reach the AI subgraph with
// the identity the gateway would sign. Only LLM providers are ever faked (testing/fake-llm.ts).
import { randomUUID } from 'node:crypto';
import type { Identity, Role } from '@tessera/auth';
import {
  captureLogger,
  demoSourceId,
  runQuery,
  signedIdentityHeaders,
  signUp as signUpThroughGateway,
  TEST_SECRETS,
  type Run,
} from '@tessera/testing';
import { loadConfig } from '../config.ts';
import type { LlmProvider } from '../providers/index.ts';
import { createServer } from '../server.ts';
import { startPlatform, type AiPlatform } from './platform.ts';

export interface GraphQLResult<T> {
  data: T | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
}

export interface TestUser {
  userId: string;
  organizationId: string;
  projectId: string;
  accessToken: string;
  demoSourceId: string;
  /** The identity the gateway signs for this user (OWNER of their organization). */
  identity: Identity;
  /** The same user with another role in their organization. */
  as(role: Role): Identity;
}

export interface AiHarness {
  stack: AiPlatform;
  url: string;
  signUp(label: string): Promise<TestUser>;
  ai: Ai;
  /** Runs SQL through the queries service (the sandbox every suggestion runs in), as the user. */
  run(user: TestUser, sql: string, dataSourceId?: string): Promise<Run>;
  logs(): string;
  stop(): Promise<void>;
}

export function userIdentity(userId: string, organizationId: string, role: Role): Identity {
  return {
    requestId: randomUUID(),
    principal: { kind: 'user', userId, sessionId: randomUUID(), memberships: [{ organizationId, role }] },
  };
}

type Ai = <T = Record<string, unknown>>(
  identity: Identity,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResult<T>>;

/** One more AI subgraph on the same platform (e.g. with another provider). */
export async function startAiServer(
  stack: AiPlatform,
  options: { provider?: LlmProvider | null; env?: Record<string, string> } = {},
) {
  const capture = captureLogger('ai-test', 'info');
  const server = createServer({
    config: loadConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      AI_PORT: '0',
      DATABASE_URL: stack.databaseUrl,
      QUERIES_URL: stack.queriesUrl,
      ...options.env,
    }),
    logger: capture.logger,
    ...(options.provider === undefined ? {} : { provider: options.provider }),
  });
  const { url } = await server.start();
  const ai: Ai = async <T>(identity: Identity, query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: await signedIdentityHeaders(TEST_SECRETS.INTERNAL_SECRET, identity),
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<T>;
  };
  return { url, ai, logs: capture.text, stop: () => server.stop() };
}

export async function startAiHarness(
  options: { provider?: LlmProvider | null; env?: Record<string, string> } = {},
): Promise<AiHarness> {
  const stack = await startPlatform();
  let server: Awaited<ReturnType<typeof startAiServer>>;
  try {
    server = await startAiServer(stack, options);
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return {
    stack,
    url: server.url,
    logs: server.logs,
    ai: server.ai,
    async signUp(label) {
      const user = await signUpThroughGateway(stack, label);
      const as = (role: Role) => userIdentity(user.userId, user.organizationId, role);
      return { ...user, demoSourceId: await demoSourceId(stack, user), identity: as('OWNER'), as };
    },
    run: (user, sql, dataSourceId) =>
      runQuery(stack, user.accessToken, { dataSourceId: dataSourceId ?? user.demoSourceId, sql }),
    async stop() {
      await server.stop();
      await stack.stop();
    },
  };
}

export function errorCodes(result: GraphQLResult<unknown>): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

export const GENERATE_SQL = `mutation($input: GenerateSqlInput!) {
  generateSql(input: $input) { id sql explanation confidence engine unmapped chart { type x y series } conversationId clarification { term question options } }
}`;

export const FIX_SQL = `mutation($input: FixSqlInput!) {
  fixSql(input: $input) { id sql explanation confidence engine unmapped conversationId }
}`;

export interface Suggestion {
  id: string;
  conversationId?: string;
  clarification?: { term: string; question: string; options: string[] } | null;
  sql: string;
  explanation: string;
  confidence: number;
  engine: string;
  unmapped: string[];
  chart: { type: string; x: string | null; y: string[] | null; series: string | null } | null;
}
