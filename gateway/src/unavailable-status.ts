import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './context.ts';

/** Error codes meaning "a dependency is down or stalled, try again": the answer is 503 when nothing else could be served. */
const UNAVAILABLE_CODES = new Set(['UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE']);

/**
 * A request that produced no data at all because a database or a subgraph is down or stalled
 * answers HTTP 503 with Retry-After (load balancers and clients back off, monitors see it), not a
 * 200 or 500. A partial answer (some data) keeps 200: its errors carry the code and path.
 */
export function unavailableStatusPlugin(retryAfterSeconds = 5): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (
            !errors?.length ||
            !errors.every((error) => UNAVAILABLE_CODES.has(String(error.extensions?.code)))
          )
            return;
          const nothingServed =
            data === null || data === undefined || Object.values(data).every((value) => value === null);
          if (!nothingServed) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}
