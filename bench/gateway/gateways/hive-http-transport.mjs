// Hive Gateway's HTTP subgraph transport. The runtime loads `@graphql-mesh/transport-http` on
// demand, and that package is not installed here (the runtime alone does not depend on it); this
// is its core, for static subgraph URLs: @graphql-tools/executor-http's buildHTTPExecutor with the
// runtime's own fetch, exactly as the published transport builds it (no header/URL interpolation
// or subscriptions, which the benchmark does not use).
import { buildHTTPExecutor } from '@graphql-tools/executor-http';

/** @type {import('@graphql-mesh/transport-common').Transport} */
export const httpTransport = {
  getSubgraphExecutor(payload) {
    return buildHTTPExecutor({
      endpoint: payload.transportEntry.location,
      ...payload.transportEntry.options,
      getDisposeReason: payload.getDisposeReason,
      fetch: payload.fetch,
    });
  },
};
