import type { GraphQLFormattedError } from 'graphql';
import { formatGraphQLError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { Metrics } from './metrics.ts';

/** The edge error mapping (formatGraphQLError), logging unknown errors and counting codes. */
export function errorFormatter(logger: Logger, metrics?: Metrics) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = formatGraphQLError(formatted, error, {
      logUnknown: (err, errorId) => logger.error({ err, errorId, upstream: formatted.message }, 'unexpected error'),
    });
    metrics?.error(String(result.extensions?.code ?? 'UNKNOWN'));
    return result;
  };
}
