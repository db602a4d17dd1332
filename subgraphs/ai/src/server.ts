import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createInternalTokenCodec } from '@tessera/auth';
import { APP_ROLE, createPool, migrateServiceSchema, pingDatabase, type Pool, withCredentials } from '@tessera/db';
import { formatGraphQLError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import { combineHealth, createHttpService, graphqlHandler, identityFromHeaders, subgraphLimits, type HttpService } from '@tessera/service-kit';
import { createQueriesClient, type QueriesClient } from './clients/queries-client.ts';
import type { AiConfig } from './config.ts';
import type { AiContext, AiServices } from './context.ts';
import { createRepositories } from './data/index.ts';
import { createGenerator } from './pipeline/generate.ts';
import { createProvider, type LlmProvider } from './providers/index.ts';
import { resolvers } from './resolvers/index.ts';
import { createAccess } from './services/access.ts';
import { createAssistantService } from './services/assistant-service.ts';
import { createResultService } from './services/result-service.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('./schema.graphql', import.meta.url));
const MIGRATIONS_DIR = fileURLToPath(new URL('./data/migrations', import.meta.url));

export interface AiServerDeps {
  config: AiConfig;
  logger: Logger;
  /** Defaults speak to the queries service's internal routes. */
  queries?: QueriesClient;
  /** Overrides the provider chosen by AI_PROVIDER (null: built-in engine only). */
  provider?: LlmProvider | null;
}

export interface AiServer {
  /** Migrates the database, connects and listens. Resolves with the bound port. */
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
}

/** Builds the AI subgraph; nothing connects or listens until start(). */
export function createServer({ config, logger, queries: givenQueries, provider: givenProvider }: AiServerDeps): AiServer {
  let pool: Pool | undefined;
  let http: HttpService | undefined;
  let apollo: ApolloServer<AiContext> | undefined;

  const migrate = () =>
    migrateServiceSchema({ databaseUrl: config.DATABASE_URL, appDbPassword: config.APP_DB_PASSWORD, schema: 'ai', migrationsDir: MIGRATIONS_DIR, logger });

  return {
    async start() {
      await migrate();
      pool = createPool(withCredentials(config.DATABASE_URL, APP_ROLE, config.APP_DB_PASSWORD), { applicationName: 'ai' });
      const queries = givenQueries ?? createQueriesClient({ queriesUrl: config.QUERIES_URL, internalSecret: config.INTERNAL_SECRET });
      const provider = givenProvider === undefined ? createProvider(config) : givenProvider;
      const repos = createRepositories(pool);
      const access = createAccess(queries);
      const generator = createGenerator({ provider, defaultLimit: config.AI_DEFAULT_LIMIT, includeValues: config.AI_PROMPT_INCLUDE_VALUES });
      const services: AiServices = {
        assistant: createAssistantService({ repos, access, generator }),
        results: createResultService({ access, defaultLimit: config.AI_DEFAULT_LIMIT }),
      };
      const codec = createInternalTokenCodec(config.INTERNAL_SECRET);

      const limits = subgraphLimits<AiContext>();
      apollo = new ApolloServer<AiContext>({
        validationRules: limits.validationRules,
        schema: buildSubgraphSchema({ typeDefs: parse(readFileSync(SCHEMA_PATH, 'utf8')), resolvers: resolvers as never }),
        formatError: (formatted, error) =>
          formatGraphQLError(formatted, error, { logUnknown: (err, errorId) => logger.error({ err, errorId }, 'unexpected error') }),
        includeStacktraceInErrorResponses: false,
        plugins: limits.plugins,
        // index.ts (or the platform) owns signals and stops parts in order.
        stopOnTerminationSignals: false,
      });
      await apollo.start();

      const db = pool;
      http = createHttpService({
        name: 'ai',
        logger,
        graphql: graphqlHandler({
          apollo,
          maxBodyBytes: 1024 * 1024,
          context: async (req) => {
            const identity = await identityFromHeaders(req.headers, codec);
            return { identity, logger: logger.child({ requestId: identity.requestId }), services };
          },
        }),
        health: async () => combineHealth({ postgres: { status: (await pingDatabase(db)) ? 'ok' : 'down' } }),
      });
      const port = await http.listen(config.AI_PORT, config.HOST);
      logger.info({ port, provider: provider?.label ?? 'builtin' }, 'ai subgraph listening');
      return { port, url: `http://${config.HOST}:${port}/graphql` };
    },

    async stop() {
      await http?.close();
      await apollo?.stop();
      await pool?.end();
    },
  };
}

export { loadConfig, loadProviderConfig, type AiConfig, type ProviderConfig } from './config.ts';
export type { QueriesClient, RunResult, SourceContext } from './clients/queries-client.ts';
export type { LlmProvider } from './providers/index.ts';
