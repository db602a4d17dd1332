import { fileURLToPath } from 'node:url';
import type { Connection } from 'mongoose';
import {
  createCanvasGrants,
  createEmbeddingSecretReader,
  createProjectDirectory,
  type CanvasGrants,
  type ProjectDirectory,
} from '@tessera/accounts-client';
import type { Logger } from '@tessera/logger';
import { combineHealth, createApolloSubgraph, type ApolloSubgraph } from '@tessera/service-kit';
import {
  createQueriesClient,
  type DemoSourceFor,
  type RunChain,
  type RunSql,
} from './clients/queries-client.ts';
import type { CanvasesConfig } from './config.ts';
import type { CanvasesContext } from './context.ts';
import { connectMongo, createRepositories } from './data/index.ts';
import {
  canvasDirectoryRoute,
  embedPolicyRoute,
  mailRoute,
  shortLinkRoute,
  wiredBlocksRoute,
} from './internal-routes.ts';
import { resolvers } from './resolvers/index.ts';
import { systemClock, type Clock } from './services/clock.ts';
import type { EmbeddingSecrets } from './services/embed-tokens.ts';
import { createServices, type CanvasesServices } from './services/index.ts';
import { noLiveDocuments, type LiveDocuments } from './services/live-documents.ts';
import { createSecretBox } from '@tessera/secret-box';
import { createEgress } from './services/deliveries/egress.ts';
import type { DeliveryQueue } from './services/deliveries/queue.ts';
import { createMailer } from './services/deliveries/senders/email.ts';
import type { Renderer } from './services/deliveries/renderer.ts';
import { createExportFilesRepo, type ExportFilesRepo } from './data/export-files-repo.ts';
import { createExportFileEvents, type ExportFileEvents } from './data/export-file-events.ts';
import {
  createExportLinks,
  createExportService,
  exportDownloadRoute,
  type ExportService,
} from './services/exports/index.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('./schema.graphql', import.meta.url));

/** The other services this subgraph calls; tests pass in-process fakes. */
export interface CanvasesClients {
  directory: ProjectDirectory;
  /** Canvas grants (shareCanvas), stored by the accounts service. */
  canvasGrants: CanvasGrants;
  demoSourceFor: DemoSourceFor;
  runSql: RunSql;
  /** Chained SQL over upstream block results (canvas-model R34). */
  runChain: RunChain;
  /** Organizations' embedding secrets (signed embeds), from the accounts service. */
  embeddingSecrets: EmbeddingSecrets;
}

export interface CanvasesServerDeps {
  config: CanvasesConfig;
  logger: Logger;
  /** The collab server's live documents [F5]; without it every change goes to storage. */
  live?: LiveDocuments;
  /** Defaults: HTTP clients of the accounts and queries internal routes, from config. */
  clients?: Partial<CanvasesClients>;
  /** Tests move time (snapshot spacing, link expiry, trash retention). */
  clock?: Clock;
  /** The job queue schedules and alerts use (send/schedule); without it they answer UNAVAILABLE. */
  jobs?: DeliveryQueue;
  /** Renders publications for deliveries (the worker's export service). */
  renderer?: Renderer;
}

export interface CanvasesServer {
  /** Connects to MongoDB (building indexes) and listens. Resolves with the bound port. */
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  /** After start(): the services, for the platform process (e.g. the collab server's authorize). */
  services(): CanvasesServices;
}

/** HTTP clients of the accounts and queries internal routes, from config (the subgraph and the worker). */
export function defaultClients(config: CanvasesConfig): CanvasesClients {
  const queries = createQueriesClient({
    queriesUrl: config.QUERIES_URL,
    internalSecret: config.INTERNAL_SECRET,
  });
  return {
    directory: createProjectDirectory({
      accountsUrl: config.ACCOUNTS_URL,
      internalSecret: config.INTERNAL_SECRET,
    }),
    canvasGrants: createCanvasGrants({
      accountsUrl: config.ACCOUNTS_URL,
      internalSecret: config.INTERNAL_SECRET,
    }),
    demoSourceFor: queries.demoSourceFor,
    runSql: queries.runSql,
    runChain: queries.runChain,
    // Not cached: a rotated secret refuses older signed embeds on their next use.
    embeddingSecrets: createEmbeddingSecretReader({
      accountsUrl: config.ACCOUNTS_URL,
      internalSecret: config.INTERNAL_SECRET,
      cacheMs: 0,
    }),
  };
}

/** Builds the canvases subgraph; nothing connects or listens until start(). */
export function createServer({
  config,
  logger,
  live,
  clients,
  clock = systemClock,
  jobs,
  renderer,
}: CanvasesServerDeps): CanvasesServer {
  let connection: Connection | undefined;
  let subgraph: ApolloSubgraph | undefined;
  let services: CanvasesServices | undefined;
  let exportFiles: ExportFilesRepo | undefined;
  let exportEvents: ExportFileEvents | undefined;
  let exportsService: ExportService | null = null;

  return {
    async start() {
      connection = await connectMongo(config.MONGODB_URL);
      const repos = createRepositories(connection);
      const resolved = { ...defaultClients(config), ...clients };
      services = createServices({
        repos,
        ...resolved,
        live: live ?? noLiveDocuments,
        clock,
        logger,
        publicUrl: config.PUBLIC_URL,
        delivery: deliveryDeps(config, jobs ?? null, renderer),
      });
      const ready = services;
      if (config.DATABASE_URL) {
        // exportCanvas: the worker renders; this process queues, waits and serves the download.
        exportFiles = createExportFilesRepo(config.DATABASE_URL);
        await exportFiles.migrate();
        exportsService = createExportService({
          repos,
          access: services.access,
          files: exportFiles,
          events: (exportEvents = createExportFileEvents(config.DATABASE_URL)),
          links: createExportLinks(config.INTERNAL_SECRET, config.PUBLIC_URL),
          queue: jobs ?? null,
          pageRenderer: null,
          renderOrigin: config.RENDER_ORIGIN,
          clock,
          logger,
          linkTtlSeconds: config.EXPORT_LINK_TTL_SECONDS,
          waitTimeoutMs: config.EXPORT_TIMEOUT_MS,
        });
      }
      const exportsReady = exportsService;
      subgraph = await createApolloSubgraph<CanvasesContext>({
        name: 'canvases',
        schemaPath: SCHEMA_PATH,
        resolvers,
        logger,
        internalSecret: config.INTERNAL_SECRET,
        maxBodyBytes: 2 * 1024 * 1024,
        routes: [
          wiredBlocksRoute(ready, config.INTERNAL_SECRET),
          canvasDirectoryRoute(repos, config.INTERNAL_SECRET),
          embedPolicyRoute(ready, config.INTERNAL_SECRET),
          shortLinkRoute(ready, config.INTERNAL_SECRET),
          // Mention emails from the comments service, through the same mail path as deliveries.
          mailRoute(
            createMailer({
              smtpUrl: config.SMTP_URL,
              from: config.MAIL_FROM,
              outbox: repos.outbox,
              now: () => clock.now(),
            }),
            config.INTERNAL_SECRET,
            config.PUBLIC_URL,
          ),
          exportDownloadRoute(() => exportsReady ?? undefined),
        ],
        context: () => ({ services: ready, exports: exportsReady }),
        health: async () => combineHealth({ mongodb: { status: (await repos.ping()) ? 'ok' : 'down' } }),
      });
      const port = await subgraph.listen(config.CANVASES_PORT, config.HOST);
      logger.info({ port }, 'canvases subgraph listening');
      const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
      return { port, url: `http://${host}:${port}/graphql` };
    },

    async stop() {
      await subgraph?.close();
      await exportEvents?.close();
      await exportFiles?.close();
      await connection?.close();
    },

    services() {
      if (!services) throw new Error('canvases server not started');
      return services;
    },
  };
}

/** What schedules and alerts need, from config (shared by the subgraph and the worker). */
export function deliveryDeps(config: CanvasesConfig, queue: DeliveryQueue | null, renderer?: Renderer) {
  return {
    queue,
    ...(renderer ? { renderer } : {}),
    egress: createEgress({
      allowPrivateNetworks: config.ALLOW_PRIVATE_NETWORKS,
      platformPorts: config.platformPorts,
      allowHttp: config.ALLOW_PRIVATE_NETWORKS && config.NODE_ENV !== 'production',
    }),
    secretBox: createSecretBox(config.CANVASES_SECRETS_KEYS),
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
    retry: {
      maxAttempts: config.DELIVERY_MAX_ATTEMPTS,
      retryDelaySeconds: config.DELIVERY_RETRY_DELAY_SECONDS,
      jobTimeoutSeconds: config.DELIVERY_JOB_TIMEOUT_SECONDS,
    },
  };
}

export { loadConfig, type CanvasesConfig } from './config.ts';
export type { LiveDocuments } from './services/live-documents.ts';
export type { Clock } from './services/clock.ts';
export type { EmbeddingSecrets } from './services/embed-tokens.ts';
