import type { GraphQLFormattedError } from 'graphql';
import { formatGraphQLError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { Metrics } from './metrics.ts';

/** The edge error mapping (formatGraphQLError), logging unknown errors and counting codes. */
export function errorFormatter(logger: Logger, metrics?: Metrics) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // A subgraph the gateway could not reach (gateway/src/subgraphs.ts): a typed error at the
    // field's path; the message is the gateway's own, nothing from the failed call.
    if (formatted.extensions?.code === 'SUBGRAPH_UNAVAILABLE') {
      metrics?.error('SUBGRAPH_UNAVAILABLE');
      return {
        message: 'This data is temporarily unavailable; try again shortly',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
      };
    }
    const result = formatGraphQLError(formatted, error, {
      logUnknown: (err, errorId) =>
        logger.error({ err, errorId, upstream: formatted.message }, 'unexpected error'),
    });
    metrics?.error(String(result.extensions?.code ?? 'UNKNOWN'));
    return result;
  };
}
