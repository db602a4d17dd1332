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
import { createQueriesClient, type DemoSourceFor, type RunSql } from './clients/queries-client.ts';
import type { CanvasesConfig } from './config.ts';
import type { CanvasesContext } from './context.ts';
import { connectMongo, createRepositories } from './data/index.ts';
import { canvasDirectoryRoute, embedPolicyRoute } from './internal-routes.ts';
import { resolvers } from './resolvers/index.ts';
import { systemClock, type Clock } from './services/clock.ts';
import type { EmbeddingSecrets } from './services/embed-tokens.ts';
import { createServices, type CanvasesServices } from './services/index.ts';
import { noLiveDocuments, type LiveDocuments } from './services/live-documents.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('./schema.graphql', import.meta.url));

/** The other services this subgraph calls; tests pass in-process fakes. */
export interface CanvasesClients {
  directory: ProjectDirectory;
  /** Canvas grants (shareCanvas), stored by the accounts service. */
  canvasGrants: CanvasGrants;
  demoSourceFor: DemoSourceFor;
  runSql: RunSql;
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
}

export interface CanvasesServer {
  /** Connects to MongoDB (building indexes) and listens. Resolves with the bound port. */
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  /** After start(): the services, for the platform process (e.g. the collab server's authorize). */
  services(): CanvasesServices;
}

/** Builds the canvases subgraph; nothing connects or listens until start(). */
export function createServer({
  config,
  logger,
  live,
  clients,
  clock = systemClock,
}: CanvasesServerDeps): CanvasesServer {
  let connection: Connection | undefined;
  let subgraph: ApolloSubgraph | undefined;
  let services: CanvasesServices | undefined;

  function defaultClients(): CanvasesClients {
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
      // Not cached: a rotated secret refuses older signed embeds on their next use.
      embeddingSecrets: createEmbeddingSecretReader({
        accountsUrl: config.ACCOUNTS_URL,
        internalSecret: config.INTERNAL_SECRET,
        cacheMs: 0,
      }),
    };
  }

  return {
    async start() {
      connection = await connectMongo(config.MONGODB_URL);
      const repos = createRepositories(connection);
      const resolved = { ...defaultClients(), ...clients };
      services = createServices({
        repos,
        ...resolved,
        live: live ?? noLiveDocuments,
        clock,
        logger,
        publicUrl: config.PUBLIC_URL,
      });
      const ready = services;
      subgraph = await createApolloSubgraph<CanvasesContext>({
        name: 'canvases',
        schemaPath: SCHEMA_PATH,
        resolvers,
        logger,
        internalSecret: config.INTERNAL_SECRET,
        maxBodyBytes: 2 * 1024 * 1024,
        routes: [
          canvasDirectoryRoute(repos, config.INTERNAL_SECRET),
          embedPolicyRoute(ready, config.INTERNAL_SECRET),
        ],
        context: () => ({ services: ready }),
        health: async () => combineHealth({ mongodb: { status: (await repos.ping()) ? 'ok' : 'down' } }),
      });
      const port = await subgraph.listen(config.CANVASES_PORT, config.HOST);
      logger.info({ port }, 'canvases subgraph listening');
      const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
      return { port, url: `http://${host}:${port}/graphql` };
    },

    async stop() {
      await subgraph?.close();
      await connection?.close();
    },

    services() {
      if (!services) throw new Error('canvases server not started');
      return services;
    },
  };
}

export { loadConfig, type CanvasesConfig } from './config.ts';
export type { LiveDocuments } from './services/live-documents.ts';
export type { Clock } from './services/clock.ts';
export type { EmbeddingSecrets } from './services/embed-tokens.ts';
