import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { mercuriusFederationPlugin } from '@mercuriusjs/federation';
import type { GraphQLFormattedError } from 'graphql';
import { createProjectDirectory } from '@tessera/accounts-client';
import { createInternalTokenCodec, REQUEST_ID_HEADER, type Identity } from '@tessera/auth';
import {
  APP_ROLE,
  createPool,
  migrateServiceSchema,
  pingDatabase,
  type Pool,
  withCredentials,
} from '@tessera/db';
import { AppError, isAppError } from '@tessera/errors';
import { createEventBus, type EventBus } from '@tessera/events';
import type { Logger } from '@tessera/logger';
import {
  createMetrics,
  errorFormatter,
  identityFromHeaders,
  routeLabel,
  withRequestLogger,
} from '@tessera/service-kit';
import { startIncomingSpan, tracingEnabled, withTraceId, type IncomingSpan } from '@tessera/tracing';
import type { QueriesConfig } from './config.ts';
import type { QueriesContext } from './context.ts';
import { createRepositories } from './data/index.ts';
import { registerInternalRoutes } from './internal-routes.ts';
import { resolvers } from './resolvers/index.ts';
import { createAccess } from './services/access.ts';
import { createDataSourceService } from './services/data-source-service.ts';
import { createDemoDatabaseProvider } from './services/demo.ts';
import { createEngineRegistry, type EngineRegistry } from './services/engine-registry.ts';
import { createExportService } from './services/export-service.ts';
import { createHostPolicy } from './services/host-policy.ts';
import { createLibraryService } from './services/library-service.ts';
import { createModelService } from './services/model-service.ts';
import { createChainService } from './services/chain/chain-service.ts';
import { createResultsCache } from './services/results-cache.ts';
import { registerUploadRoutes } from './services/files/upload-routes.ts';
import { createSourceContext } from './services/source-context.ts';
import { createRunRecovery, type RunRecovery } from './services/run-recovery.ts';
import { createRunService, type RunService } from './services/run-service.ts';
import { parseKeyRing } from './services/secrets.ts';
import { createLinkSigner } from './services/signed-links.ts';
import { createUploadService } from './services/upload-service.ts';
import { createClickhouseUsageSink } from './telemetry/clickhouse-usage.ts';
import { createDuckdbUsageSink } from './telemetry/duckdb-usage.ts';
import type { UsageSink } from './telemetry/usage-sink.ts';

export { loadConfig, type QueriesConfig } from './config.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('./schema.graphql', import.meta.url));
const MIGRATIONS_DIR = fileURLToPath(new URL('./data/migrations', import.meta.url));

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity | null;
    traceSpan: IncomingSpan | null;
  }
}

export interface QueriesServer {
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
}

/** The queries subgraph on Fastify + mercurius (Federation v1); nothing runs until start(). */
export function createServer({ config, logger }: { config: QueriesConfig; logger: Logger }): QueriesServer {
  let app: FastifyInstance | undefined;
  let pool: Pool | undefined;
  let bus: EventBus | undefined;
  let usage: UsageSink | undefined;
  let engines: EngineRegistry | undefined;
  let runs: RunService | undefined;
  let recovery: RunRecovery | undefined;
  let stopListening: (() => Promise<void>) | undefined;

  const migrate = () =>
    migrateServiceSchema({
      databaseUrl: config.DATABASE_URL,
      appDbPassword: config.APP_DB_PASSWORD,
      schema: 'queries',
      migrationsDir: MIGRATIONS_DIR,
      logger,
    });

  return {
    async start() {
      await migrate();
      pool = createPool(withCredentials(config.DATABASE_URL, APP_ROLE, config.APP_DB_PASSWORD), {
        applicationName: 'queries',
      });
      bus = createEventBus({
        redisUrl: config.REDIS_URL,
        databaseUrl: withCredentials(config.DATABASE_URL, APP_ROLE, config.APP_DB_PASSWORD),
      });
      usage = config.CLICKHOUSE_URL
        ? await createClickhouseUsageSink({ url: config.CLICKHOUSE_URL, logger })
        : await createDuckdbUsageSink({
            file: config.USAGE_DB_PATH ?? path.join(config.dataDir, 'usage', 'usage.duckdb'),
            logger,
          });
      const repos = createRepositories(pool);
      const directory = createProjectDirectory({
        accountsUrl: config.ACCOUNTS_URL,
        internalSecret: config.INTERNAL_SECRET,
      });
      const access = createAccess({ repos, directory });
      const cache = createResultsCache({
        ttlMs: config.RESULT_CACHE_TTL_SECONDS * 1000,
        maxBytes: config.RESULT_CACHE_MAX_BYTES,
      });
      const hostPolicy = createHostPolicy({
        allowPrivateNetworks: config.ALLOW_PRIVATE_NETWORKS,
        platformPorts: config.platformPorts,
      });
      const keyRing = parseKeyRing(config.SECRETS_KEYS);
      const uploadsDir = path.join(config.dataDir, 'uploads');
      const duckdbFilesDir = path.join(config.dataDir, 'duckdb-files');
      engines = createEngineRegistry({
        keyRing,
        hostPolicy,
        uploadsDir,
        duckdbFilesDir,
        demo: createDemoDatabaseProvider({ dataDir: config.dataDir, scale: config.DEMO_SCALE, logger }),
        duckdb: { memoryLimit: config.DUCKDB_MEMORY_LIMIT, threads: config.DUCKDB_THREADS },
      });
      const dataSources = createDataSourceService({
        repos,
        access,
        engines,
        hostPolicy,
        keyRing,
        cache,
        duckdbFilesDir,
        logger,
      });
      const metrics = createMetrics('queries');
      // Runs left RUNNING by a crashed process are failed now, and those of any process that stops heartbeating later.
      recovery = createRunRecovery({ repo: repos.runInstances, logger });
      await recovery.start();
      runs = createRunService({
        repos,
        access,
        engines,
        cache,
        bus,
        usage,
        config,
        logger,
        metrics,
        instanceId: recovery.instanceId,
      });
      const models = createModelService({ repos, access, dataSources, engines, logger });
      stopListening = await runs.listenForCancellations();
      const services: QueriesContext['services'] = {
        dataSources,
        runs,
        exports: createExportService({
          repos,
          access,
          engines,
          signer: createLinkSigner(config.INTERNAL_SECRET, 'export'),
          config,
          logger,
        }),
        uploads: createUploadService({
          repos,
          dataSources,
          cache,
          signer: createLinkSigner(config.INTERNAL_SECRET, 'upload'),
          config,
          uploadsDir,
        }),
        library: createLibraryService({ repos, access, usage }),
        models,
      };
      const codec = createInternalTokenCodec(config.INTERNAL_SECRET);

      app = Fastify({ bodyLimit: 2 * 1024 * 1024, logger: false, routerOptions: { maxParamLength: 2048 } });
      app.decorateRequest('identity', null);
      app.decorateRequest('traceSpan', null);
      // First hook: the rest of the request runs inside its trace span (when tracing is on).
      app.addHook('onRequest', (request, reply, done) => {
        if (!tracingEnabled()) return done();
        const route = routeLabel(request.url);
        const requestId = request.headers[REQUEST_ID_HEADER];
        const span = ['/health', '/metrics', '/livez', '/readyz'].includes(route)
          ? null
          : startIncomingSpan(request.headers, `${request.method} ${route}`, {
              'http.request.method': request.method,
              'http.route': route,
              'tessera.service': 'queries',
              ...(typeof requestId === 'string' ? { 'tessera.request_id': requestId } : {}),
            });
        if (!span) return done();
        request.traceSpan = span;
        reply.raw.once('close', () => span.end(reply.raw.statusCode));
        span.within(done);
      });
      // Body parsing continues from socket events, outside that context: enter it again for the handler.
      app.addHook('preHandler', (request, _reply, done) =>
        request.traceSpan ? request.traceSpan.within(done) : done(),
      );
      // Callback hooks where nothing is awaited: an async hook costs fastify a promise per request.
      app.addHook('onRequest', (request, _reply, next) => {
        const done = metrics.observe(routeLabel(request.url), request.method);
        request.raw.once('close', () =>
          done(request.raw.socket?.destroyed && !request.raw.complete ? 499 : 200),
        );
        next();
      });
      app.get('/metrics', async (_request, reply) =>
        reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
      );
      app.addHook('onRequest', async (request, reply) => {
        if (!request.url.startsWith('/graphql')) return;
        try {
          request.identity = await identityFromHeaders(request.headers, codec);
        } catch (error) {
          const code = isAppError(error) ? error.code : 'UNAUTHENTICATED';
          return reply.code(401).send({
            errors: [{ message: 'Subgraphs accept requests from the gateway only', extensions: { code } }],
          });
        }
      });
      await app.register(mercuriusFederationPlugin, {
        schema: readFileSync(SCHEMA_PATH, 'utf8'),
        resolvers: resolvers as never,
        graphiql: false,
        allowBatchedQueries: false,
        queryDepth: 16,
        context: (request, reply): QueriesContext =>
          withRequestLogger(
            { identity: request.identity!, services, reply },
            logger,
            withTraceId({ requestId: request.identity?.requestId }),
          ),
        errorFormatter: (execution) => {
          const format = errorFormatter(logger, metrics);
          const errors = (execution.errors ?? []).map((error) =>
            format(error.toJSON() as GraphQLFormattedError, error),
          );
          return { statusCode: 200, response: { data: execution.data ?? null, errors } };
        },
      });

      const db = pool;
      // Liveness: the process serves; no dependency is asked (a database outage must not restart pods).
      app.get('/livez', async (_request, reply) =>
        reply.header('cache-control', 'no-store').send({ status: 'ok' }),
      );
      app.get('/health', async (_request, reply) => {
        const ok = await pingDatabase(db);
        return reply
          .code(ok ? 200 : 503)
          .send({ status: ok ? 'ok' : 'degraded', components: { postgres: { status: ok ? 'ok' : 'down' } } });
      });
      app.get<{ Params: { token: string } }>('/export/:token', async (request, reply) => {
        const controller = new AbortController();
        request.raw.on('close', () => controller.abort());
        reply.hijack();
        await services.exports
          .stream(request.params.token, reply.raw, controller.signal)
          .catch((err: unknown) => {
            logger.error({ err }, 'export failed');
            if (!reply.raw.headersSent) reply.raw.writeHead(500).end();
            else reply.raw.destroy();
          });
      });
      // Uploads stream the raw body of any content type, in their own scope (no body parser first).
      await registerUploadRoutes(app, { uploads: services.uploads, logger });
      registerInternalRoutes(app, {
        secret: config.INTERNAL_SECRET,
        directory,
        repos,
        dataSources,
        runs,
        sourceContext: createSourceContext({ dataSources, engines, models }),
        chains: createChainService({
          workDir: path.join(config.dataDir, 'chain-runs'),
          duckdb: { memoryLimit: config.DUCKDB_MEMORY_LIMIT, threads: config.DUCKDB_THREADS },
          timeoutMs: config.QUERY_TIMEOUT_MS,
          maxRows: config.QUERY_MAX_ROWS,
          cache,
          logger,
        }),
      });
      app.setErrorHandler((error, _request, reply) => {
        if (error instanceof AppError)
          return reply.code(400).send({ error: { code: error.code, message: error.message } });
        const status = (error as { statusCode?: number }).statusCode ?? 500;
        if (status < 500)
          return reply
            .code(status)
            .send({ error: { code: 'BAD_REQUEST', message: (error as Error).message } });
        logger.error({ err: error }, 'request failed');
        return reply.code(500).send({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal error' } });
      });

      await app.listen({ port: config.QUERIES_PORT, host: config.HOST });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.QUERIES_PORT;
      logger.info({ port }, 'queries subgraph listening');
      return { port, url: `http://${config.HOST}:${port}/graphql` };
    },

    async stop() {
      await app?.close();
      await runs?.abortAll();
      await recovery?.stop();
      await stopListening?.();
      await engines?.closeAll();
      await usage?.close();
      await bus?.close();
      await pool?.end();
    },
  };
}
