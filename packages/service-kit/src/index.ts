export { createHttpService, type HttpService, type HttpServiceOptions, type Route } from './http-service.ts';
export { graphqlHandler, type GraphQLHandlerOptions } from './graphql-handler.ts';
export { readJsonBody, sendJson, BodyTooLargeError } from './http-util.ts';
export { type HealthReport, type ComponentHealth, combineHealth } from './health.ts';
export { identityFromHeaders } from './identity-context.ts';
export { handleShutdown } from './shutdown.ts';
export { subgraphLimits, SUBGRAPH_LIMITS } from './limits.ts';
export { createMetrics, routeLabel, type Metrics } from './metrics.ts';
export { errorFormatter } from './error-formatter.ts';
export {
  createApolloSubgraph,
  type ApolloSubgraph,
  type ApolloSubgraphOptions,
  type SubgraphContextBase,
} from './apollo-subgraph.ts';
export { DateTimeScalar, JSONScalar } from './scalars.ts';
export { withRequestLogger } from './request-logger.ts';
