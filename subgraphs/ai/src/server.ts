import { fileURLToPath } from 'node:url';
import {
  APP_ROLE,
  createPool,
  migrateServiceSchema,
  pingDatabase,
  type Pool,
  withCredentials,
} from '@tessera/db';
import type { Logger } from '@tessera/logger';
import { combineHealth, createApolloSubgraph, type ApolloSubgraph } from '@tessera/service-kit';
import { createCanvasesClient, type CanvasesClient } from './clients/canvases-client.ts';
import { createQueriesClient, type QueriesClient } from './clients/queries-client.ts';
import type { AiConfig } from './config.ts';
import type { AiContext, AiServices } from './context.ts';
import { createRepositories } from './data/index.ts';
import { createGenerator } from './pipeline/generate.ts';
import { createProvider, type LlmProvider } from './providers/index.ts';
import { resolvers } from './resolvers/index.ts';
import { createAccess } from './services/access.ts';
import { createAssistantService } from './services/assistant-service.ts';
import { createCanvasAssistant } from './services/canvas-assistant.ts';
import { createResultService } from './services/result-service.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('./schema.graphql', import.meta.url));
const MIGRATIONS_DIR = fileURLToPath(new URL('./data/migrations', import.meta.url));

export interface AiServerDeps {
  config: AiConfig;
  logger: Logger;
  /** Defaults speak to the queries service's internal routes. */
  queries?: QueriesClient;
  /** Defaults speak to the canvases service's internal routes (askCanvas adds blocks through them). */
  canvases?: CanvasesClient;
  /** Overrides the provider chosen by AI_PROVIDER (null: built-in engine only). */
  provider?: LlmProvider | null;
}

export interface AiServer {
  /** Migrates the database, connects and listens. Resolves with the bound port. */
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
}

/** Builds the AI subgraph; nothing connects or listens until start(). */
export function createServer({
  config,
  logger,
  queries: givenQueries,
  canvases: givenCanvases,
  provider: givenProvider,
}: AiServerDeps): AiServer {
  let pool: Pool | undefined;
  let subgraph: ApolloSubgraph | undefined;

  const migrate = () =>
    migrateServiceSchema({
      databaseUrl: config.DATABASE_URL,
      appDbPassword: config.APP_DB_PASSWORD,
      schema: 'ai',
      migrationsDir: MIGRATIONS_DIR,
      logger,
    });

  return {
    async start() {
      await migrate();
      pool = createPool(withCredentials(config.DATABASE_URL, APP_ROLE, config.APP_DB_PASSWORD), {
        applicationName: 'ai',
      });
      const queries =
        givenQueries ??
        createQueriesClient({ queriesUrl: config.QUERIES_URL, internalSecret: config.INTERNAL_SECRET });
      const provider = givenProvider === undefined ? createProvider(config) : givenProvider;
      const repos = createRepositories(pool);
      const access = createAccess(queries);
      const generator = createGenerator({
        provider,
        defaultLimit: config.AI_DEFAULT_LIMIT,
        includeValues: config.AI_PROMPT_INCLUDE_VALUES,
      });
      const assistant = createAssistantService({
        repos,
        access,
        generator,
        defaultLimit: config.AI_DEFAULT_LIMIT,
      });
      const canvases =
        givenCanvases ??
        createCanvasesClient({ canvasesUrl: config.CANVASES_URL, internalSecret: config.INTERNAL_SECRET });
      const services: AiServices = {
        assistant,
        canvasAssistant: createCanvasAssistant({ assistant, access, canvases }),
        results: createResultService({ access, defaultLimit: config.AI_DEFAULT_LIMIT }),
      };
      const db = pool;
      subgraph = await createApolloSubgraph<AiContext>({
        name: 'ai',
        schemaPath: SCHEMA_PATH,
        resolvers,
        logger,
        internalSecret: config.INTERNAL_SECRET,
        maxBodyBytes: 1024 * 1024,
        context: () => ({ services }),
        health: async () => combineHealth({ postgres: { status: (await pingDatabase(db)) ? 'ok' : 'down' } }),
      });
      const port = await subgraph.listen(config.AI_PORT, config.HOST);
      logger.info({ port, provider: provider?.label ?? 'builtin' }, 'ai subgraph listening');
      return { port, url: `http://${config.HOST}:${port}/graphql` };
    },

    async stop() {
      await subgraph?.close();
      await pool?.end();
    },
  };
}

export { loadConfig, loadProviderConfig, type AiConfig, type ProviderConfig } from './config.ts';
export type { QueriesClient, RunResult, SourceContext } from './clients/queries-client.ts';
export type { CanvasesClient } from './clients/canvases-client.ts';
export type { LlmProvider } from './providers/index.ts';
