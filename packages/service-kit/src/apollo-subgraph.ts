import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createInternalTokenCodec, type Identity } from '@tessera/auth';
import type { Logger } from '@tessera/logger';
import { withTraceId } from '@tessera/tracing';
import { errorFormatter } from './error-formatter.ts';
import { graphqlHandler } from './graphql-handler.ts';
import type { HealthReport } from './health.ts';
import { createHttpService, type Route } from './http-service.ts';
import { subgraphLimits } from './limits.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { identityFromHeaders } from './identity-context.ts';
import { withRequestLogger } from './request-logger.ts';

/** What every subgraph's context starts with: the identity the gateway signed and a request logger. */
export interface SubgraphContextBase {
  identity: Identity;
  logger: Logger;
}

export interface ApolloSubgraphOptions<Ctx extends SubgraphContextBase> {
  /** The service name in logs and metrics (`service` label). */
  name: string;
  /** The subgraph's federation SDL. */
  schemaPath: string;
  resolvers: unknown;
  logger: Logger;
  /** Verifies the identity header; requests without one are refused before any resolver runs. */
  internalSecret: string;
  maxBodyBytes: number;
  /** The rest of the per-request context (services, loaders). */
  context: (identity: Identity) => Omit<Ctx, keyof SubgraphContextBase>;
  health: () => Promise<HealthReport>;
  /** Internal HTTP routes tried before /graphql. */
  routes?: Route[];
}

export interface ApolloSubgraph {
  metrics: Metrics;
  /** Resolves with the bound port (0: any free port). */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting requests, then stops Apollo. */
  close(): Promise<void>;
}

/**
 * One @apollo/subgraph service on node:http, the same for every Apollo-based subgraph: the
 * subgraph limits (graphql-armor), masked errors counted by code, no stack traces, /metrics and
 * /health. Signals belong to index.ts (or the platform), which stops parts in order.
 */
export async function createApolloSubgraph<Ctx extends SubgraphContextBase>(
  options: ApolloSubgraphOptions<Ctx>,
): Promise<ApolloSubgraph> {
  const { logger } = options;
  const metrics = createMetrics(options.name);
  const limits = subgraphLimits<Ctx>();
  const apollo = new ApolloServer<Ctx>({
    validationRules: limits.validationRules,
    schema: buildSubgraphSchema({
      typeDefs: parse(readFileSync(options.schemaPath, 'utf8')),
      resolvers: options.resolvers as never,
    }),
    formatError: errorFormatter(logger, metrics),
    includeStacktraceInErrorResponses: false,
    // Federated traces (ftv1) feed Apollo's usage reporting, which this platform does not use (the
    // gateway never asks for them); off, so no caller can get resolver timings in `extensions`.
    plugins: [...limits.plugins, ApolloServerPluginInlineTraceDisabled()],
    logger,
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const codec = createInternalTokenCodec(options.internalSecret);
  const http = createHttpService({
    name: options.name,
    logger,
    metrics,
    ...(options.routes ? { routes: options.routes } : {}),
    graphql: graphqlHandler({
      apollo,
      maxBodyBytes: options.maxBodyBytes,
      context: async (req) => {
        const identity = await identityFromHeaders(req.headers, codec);
        return withRequestLogger(
          { ...options.context(identity), identity },
          logger,
          withTraceId({ requestId: identity.requestId }),
        ) as Ctx;
      },
    }),
    health: options.health,
  });

  return {
    metrics,
    listen: (port, host) => http.listen(port, host),
    async close() {
      await http.close();
      await apollo.stop();
    },
  };
}
