// Test support: the canvases subgraph on port 0 against the Mongo dev server (or MONGODB_URL),
// called over HTTP with gateway-signed identities. Accounts and queries are other services:
// they are replaced by small in-process fakes of their internal HTTP clients.
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import type { ProjectDirectory } from '@tessera/accounts-client';
import type { ApiScope, Identity, Role } from '@tessera/auth';
import { start as startMongo } from '@tessera/mongo-dev-server';
import { captureLogger, signedIdentityHeaders, TEST_SECRETS, type CapturedLogger } from '@tessera/testing';
import type { QueryRunJson, RunSql, RunSqlInput } from '../clients/queries-client.ts';
import { loadConfig } from '../config.ts';
import { createServer, type CanvasesServer } from '../server.ts';
import type { Clock } from '../services/clock.ts';
import type { LiveDocuments } from '../services/live-documents.ts';
import type { DeliveryQueue } from '../services/deliveries/queue.ts';
import type { Renderer } from '../services/deliveries/renderer.ts';

export const PUBLIC_URL = 'https://tessera.test';

export class TestClock implements Clock {
  private current = new Date('2025-03-01T09:00:00.000Z').getTime();
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** A database of its own per test file: the dev server in memory, or a fresh db on MONGODB_URL. */
export async function startMongoForTests(): Promise<{ url: string; stop(): Promise<void> }> {
  const external = process.env.MONGODB_URL;
  if (external) {
    const url = new URL(external);
    url.pathname = `/canvases_test_${randomUUID().slice(0, 8)}`;
    return {
      url: url.toString(),
      async stop() {
        const connection = await mongoose.createConnection(url.toString()).asPromise();
        await connection.dropDatabase();
        await connection.close();
      },
    };
  }
  const server = await startMongo({ port: 0 });
  return { url: `${server.uri}/canvases_test`, stop: () => server.stop() };
}

export function user(
  memberships: [organizationId: string, role: Role][],
  userId: string = randomUUID(),
): Identity {
  return {
    requestId: randomUUID(),
    principal: {
      kind: 'user',
      userId,
      sessionId: randomUUID(),
      memberships: memberships.map(([organizationId, role]) => ({ organizationId, role })),
    },
  };
}

export function apiKey(organizationId: string, scopes: ApiScope[]): Identity {
  return {
    requestId: randomUUID(),
    principal: { kind: 'apiKey', apiKeyId: randomUUID(), organizationId, scopes, createdBy: randomUUID() },
  };
}

export const anonymous: Identity = { requestId: 'anonymous', principal: { kind: 'anonymous' } };

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** What the fake queries service answers by default: one row. */
export function succeededRun(): QueryRunJson {
  return {
    id: randomUUID(),
    status: 'SUCCEEDED',
    columns: [{ name: 'value', type: 'INTEGER' }],
    rows: [[1]],
    rowCount: 1,
    truncated: false,
    cached: false,
    durationMs: 1,
    error: null,
  };
}

export interface Harness {
  url: string;
  /** The MongoDB the server uses (for seams that open their own connection). */
  mongoUrl: string;
  server: CanvasesServer;
  clock: TestClock;
  log: CapturedLogger;
  /** projectId → organizationId, what the fake accounts directory answers. */
  projects: Map<string, string>;
  /** Every run sent to the fake queries service. */
  runs: RunSqlInput[];
  demoSourceId: string;
  /** Replace to answer runs differently (e.g. with a real DuckDB). */
  runSql: RunSql;
  /** organizationId → embedding secret, what the fake accounts service answers (signed embeds). */
  embeddingSecrets: Map<string, string>;
  gql<T = Record<string, unknown>>(
    identity: Identity,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  live?: LiveDocuments;
  /** A real job queue (schedules and alerts) and the renderer deliveries use. */
  jobs?: DeliveryQueue;
  renderer?: Renderer;
  /** Extra environment for loadConfig (e.g. SMTP_URL, DELIVERY_MAX_ATTEMPTS). */
  env?: Record<string, string>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const mongo = await startMongoForTests();
  const clock = new TestClock();
  const log = captureLogger('canvases', 'info');
  const projects = new Map<string, string>();
  const runs: RunSqlInput[] = [];
  const directory: ProjectDirectory = {
    organizationOf: async (projectId) => projects.get(projectId) ?? null,
  };
  const harness = {
    clock,
    log,
    projects,
    runs,
    demoSourceId: randomUUID(),
    runSql: (async () => succeededRun()) as RunSql,
    embeddingSecrets: new Map<string, string>(),
  } as Harness;

  const server = createServer({
    config: loadConfig({
      INTERNAL_SECRET: TEST_SECRETS.INTERNAL_SECRET,
      CANVASES_PORT: '0',
      MONGODB_URL: mongo.url,
      PUBLIC_URL,
      LOG_LEVEL: 'info',
      ...options.env,
    }),
    logger: log.logger,
    clock,
    ...(options.live ? { live: options.live } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.renderer ? { renderer: options.renderer } : {}),
    clients: {
      directory,
      demoSourceFor: async (projectId) => {
        if (!projects.has(projectId)) throw new Error(`unknown project ${projectId}`);
        return harness.demoSourceId;
      },
      runSql: async (input) => {
        runs.push(input);
        return harness.runSql(input);
      },
      embeddingSecrets: {
        current: async (organizationId) => harness.embeddingSecrets.get(organizationId) ?? null,
      },
    },
  });
  const { url } = await server.start();
  harness.url = url;
  harness.mongoUrl = mongo.url;
  harness.server = server;
  harness.gql = async (identity, query, variables = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: await signedIdentityHeaders(TEST_SECRETS.INTERNAL_SECRET, identity),
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<never>;
  };
  harness.stop = async () => {
    await server.stop();
    await mongo.stop();
  };
  return harness;
}

/** A project of a fresh organization, known to the fake directory. */
export function newProject(harness: Harness): { organizationId: string; projectId: string } {
  const organizationId = randomUUID();
  const projectId = randomUUID();
  harness.projects.set(projectId, organizationId);
  return { organizationId, projectId };
}

/** The data of a result that must have no errors. */
export function ok<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** The one error of a result. */
export function errorOf(result: GraphQLResult<unknown>): {
  message: string;
  extensions: Record<string, unknown>;
} {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return { message: error.message, extensions: error.extensions ?? {} };
}
