import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Registry } from 'prom-client';
import { inject } from 'vitest';
import { createServer as createAccounts, loadConfig as loadAccountsConfig } from '@tessera/accounts';
import { createServer as createGateway, loadConfig as loadGatewayConfig } from '@tessera/gateway';
import { createServer as createQueries, loadConfig as loadQueriesConfig } from '@tessera/queries';
import { createServer as createComments, loadConfig as loadCommentsConfig } from '@tessera/comments';
import { createServer as createCanvases, loadConfig as loadCanvasesConfig } from '@tessera/canvases';
import { createServer as createAi, loadConfig as loadAiConfig } from '@tessera/ai';
import { start as startMongo } from '@tessera/mongo-dev-server';
import { openCanvasStore } from '@tessera/canvases/live';
import { createWorker as createCanvasesWorker, type CanvasesWorker } from '@tessera/canvases/worker';
import { createJobQueue, type JobQueue } from '@tessera/jobs';
import {
  createCollabAuthorize,
  createServer as createCollab,
  loadConfig as loadCollabConfig,
  registerCollabMetrics,
} from '@tessera/collab-server';
import { APP_ROLE, withCredentials } from '@tessera/db';
import { type StartupProgress, withStartupDeadline } from './startup-deadline.ts';
import {
  captureLogger,
  type CapturedLogger,
  createTestDatabase,
  postGraphQL,
  SHARED_TEST_DATA_DIR,
  TEST_SECRETS,
  TEST_SECRETS_KEYS,
  type GraphQLResult,
} from '@tessera/testing';

export { errorCode, postGraphQL, TEST_SECRETS_KEYS, type GraphQLResult } from '@tessera/testing';

export interface Stack {
  gatewayUrl: string;
  accountsUrl: string;
  queriesUrl: string;
  /** Every subgraph's /graphql URL, by name. */
  subgraphUrls: Record<'accounts' | 'queries' | 'canvases' | 'comments' | 'ai', string>;
  mongodbUrl: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  /** Everything the services logged (JSON lines, after redaction). */
  logs(): string;
  databaseUrl: string;
  stopAccounts(): Promise<void>;
  /** Stops the gateway and starts a new one on the same port (clients must reconnect). */
  restartGateway(): Promise<void>;
  /** Another gateway replica over the same subgraphs and event bus (a second instance behind a load balancer). */
  startReplica(
    overrides?: Record<string, string>,
  ): Promise<{ url: string; gql: Stack['gql']; stop(): Promise<void> }>;
  stop(): Promise<void>;
}

interface StackOptions {
  dataDir?: string;
  gateway?: Record<string, string>;
  collab?: Record<string, string>;
  /** Also run the canvases worker (job queue, exports with Chromium, deliveries), rendering through this gateway. */
  worker?: boolean | Record<string, string>;
}

/** Every subgraph, the collab server and the gateway on port 0, over a fresh database. */
export async function startStack(
  overrides: Record<string, string> = {},
  options: StackOptions = {},
): Promise<Stack> {
  const capture = captureLogger('stack');
  const adminDatabaseUrl = inject('adminDatabaseUrl');
  return withStartupDeadline({ adminDatabaseUrl, logs: capture.text }, (progress) =>
    bootStack(overrides, options, { adminDatabaseUrl, capture, progress }),
  );
}

async function bootStack(
  overrides: Record<string, string>,
  options: StackOptions,
  {
    adminDatabaseUrl,
    capture,
    progress,
  }: { adminDatabaseUrl: string; capture: CapturedLogger; progress: StartupProgress },
): Promise<Stack> {
  const gatewayOverrides = options.gateway ?? {};
  options.dataDir ??= SHARED_TEST_DATA_DIR;
  progress.step = 'database';
  const db = await createTestDatabase(adminDatabaseUrl);
  const accounts = createAccounts({
    config: loadAccountsConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      ACCOUNTS_PORT: '0',
      DATABASE_URL: db.url,
      ...overrides,
    }),
    logger: capture.logger.child({ service: 'accounts' }),
  });
  progress.step = 'accounts';
  const accountsAddress = await accounts.start();
  const queries = createQueries({
    config: loadQueriesConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      QUERIES_PORT: '0',
      DATABASE_URL: db.url,
      ACCOUNTS_URL: accountsAddress.url,
      SECRETS_KEYS: TEST_SECRETS_KEYS,
      DATA_DIR: options.dataDir,
      USAGE_DB_PATH: ':memory:',
      ...overrides,
    }),
    logger: capture.logger.child({ service: 'queries' }),
  });
  progress.step = 'queries';
  const queriesAddress = await queries.start();
  progress.step = 'mongo';
  const mongo = await startMongo({ port: 0 });
  progress.step = 'canvas store';
  const canvasStore = await openCanvasStore({ mongodbUrl: `${mongo.uri}/tessera` });
  const collab = createCollab({
    config: loadCollabConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      COLLAB_PORT: '0',
      ...(options.collab ?? {}),
    }),
    logger: capture.logger.child({ service: 'collab' }),
    authorize: createCollabAuthorize({
      accountsUrl: accountsAddress.url,
      internalSecret: TEST_SECRETS.INTERNAL_SECRET,
      store: canvasStore,
    }),
    persistence: canvasStore.persistence,
  });
  // The subgraph sends jobs (send-only, as in production); the worker below runs them.
  let jobs: JobQueue | undefined;
  if (options.worker) {
    jobs = createJobQueue({ connectionString: db.url, logger: capture.logger, supervise: false });
    progress.step = 'job queue';
    await jobs.start();
  }
  const canvases = createCanvases({
    config: loadCanvasesConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      CANVASES_PORT: '0',
      MONGODB_URL: `${mongo.uri}/tessera`,
      ...(options.worker ? { DATABASE_URL: db.url } : {}),
      ACCOUNTS_URL: accountsAddress.url,
      QUERIES_URL: queriesAddress.url,
      ...overrides,
    }),
    logger: capture.logger.child({ service: 'canvases' }),
    ...(jobs ? { jobs } : {}),
    live: {
      apply: (id, change) => collab.applyToCanvas(id, change),
      project: (id) => collab.liveProjection(id),
    },
  });
  progress.step = 'canvases';
  const canvasesAddress = await canvases.start();
  progress.step = 'collab';
  await collab.start({ listen: false });
  const comments = createComments({
    config: loadCommentsConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      COMMENTS_PORT: '0',
      DATABASE_URL: db.url,
      ACCOUNTS_URL: accountsAddress.url,
      CANVASES_URL: canvasesAddress.url,
      ...overrides,
    }),
    logger: capture.logger.child({ service: 'comments' }),
  });
  progress.step = 'comments';
  const commentsAddress = await comments.start();
  const ai = createAi({
    config: loadAiConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      AI_PORT: '0',
      DATABASE_URL: db.url,
      QUERIES_URL: queriesAddress.url,
      CANVASES_URL: canvasesAddress.url,
      ...overrides,
    }),
    logger: capture.logger.child({ service: 'ai' }),
  });
  progress.step = 'ai';
  const aiAddress = await ai.start();
  const gatewayConfig = (port: string, extra: Record<string, string> = {}) =>
    loadGatewayConfig({
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      PORT: port,
      ACCOUNTS_URL: accountsAddress.url,
      QUERIES_URL: queriesAddress.url,
      COMMENTS_URL: commentsAddress.url,
      CANVASES_URL: canvasesAddress.url,
      AI_URL: aiAddress.url,
      EVENTS_DATABASE_URL: withCredentials(db.url, APP_ROLE, TEST_SECRETS.APP_DB_PASSWORD),
      // The suites run on the gateway's optional engine too: TEST_GATEWAY_ENGINE=hive-router.
      ...(process.env.TEST_GATEWAY_ENGINE ? { GATEWAY_ENGINE: process.env.TEST_GATEWAY_ENGINE } : {}),
      ...gatewayOverrides,
      ...extra,
    });
  const replicas: ReturnType<typeof createGateway>[] = [];
  const upgradeHandlers = [
    (req: IncomingMessage, socket: Duplex, head: Buffer) => collab.handleUpgrade(req, socket, head),
  ];
  const registerMetrics = (registry: Registry) => registerCollabMetrics(registry, () => collab.stats());
  let gateway = createGateway({
    config: gatewayConfig('0'),
    logger: capture.logger.child({ service: 'gateway' }),
    upgradeHandlers,
    registerMetrics,
  });
  progress.step = 'gateway';
  const gatewayAddress = await gateway.start();
  let worker: CanvasesWorker | undefined;
  if (options.worker) {
    worker = createCanvasesWorker({
      config: loadCanvasesConfig({
        ...TEST_SECRETS,
        NODE_ENV: 'test',
        WORKER_PORT: '0',
        MONGODB_URL: `${mongo.uri}/tessera`,
        DATABASE_URL: db.url,
        ACCOUNTS_URL: accountsAddress.url,
        QUERIES_URL: queriesAddress.url,
        RENDER_ORIGIN: new URL(gatewayAddress.url).origin,
        ...overrides,
        ...(typeof options.worker === 'object' ? options.worker : {}),
      }),
      logger: capture.logger.child({ service: 'canvases-worker' }),
    });
    progress.step = 'canvases worker';
    await worker.start();
  }
  let accountsStopped = false;

  return {
    gatewayUrl: gatewayAddress.url,
    accountsUrl: accountsAddress.url,
    queriesUrl: queriesAddress.url,
    subgraphUrls: {
      accounts: accountsAddress.url,
      queries: queriesAddress.url,
      canvases: canvasesAddress.url,
      comments: commentsAddress.url,
      ai: aiAddress.url,
    },
    mongodbUrl: `${mongo.uri}/tessera`,
    databaseUrl: db.url,
    logs: capture.text,
    gql: (query, variables, token) => postGraphQL(gatewayAddress.url, query, variables, token),
    async startReplica(replicaOverrides = {}) {
      const replica = createGateway({
        config: gatewayConfig('0', replicaOverrides),
        logger: capture.logger.child({ service: 'gateway-replica' }),
      });
      const address = await replica.start();
      replicas.push(replica);
      const stop = async () => {
        const index = replicas.indexOf(replica);
        if (index < 0) return; // already stopped
        replicas.splice(index, 1);
        await replica.stop();
      };
      return {
        url: address.url,
        gql: (query, variables, token) => postGraphQL(address.url, query, variables, token),
        stop,
      };
    },
    async restartGateway() {
      await gateway.stop();
      gateway = createGateway({
        config: gatewayConfig(String(gatewayAddress.port)),
        logger: capture.logger.child({ service: 'gateway' }),
        upgradeHandlers,
        registerMetrics,
      });
      await gateway.start();
    },
    async stopAccounts() {
      accountsStopped = true;
      await accounts.stop();
    },
    async stop() {
      for (const replica of replicas.splice(0)) await replica.stop();
      await worker?.stop();
      await gateway.stop();
      await ai.stop();
      await comments.stop();
      await collab.stop();
      await canvases.stop();
      await jobs?.stop();
      await canvasStore.close();
      await mongo.stop();
      await queries.stop();
      if (!accountsStopped) await accounts.stop();
      await db.drop();
    },
  };
}
