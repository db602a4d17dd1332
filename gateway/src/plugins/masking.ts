import type { GraphQLFormattedError } from 'graphql';
import { formatGraphQLError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';

/**
 * Errors reaching clients carry our codes and messages only. Anything else (a subgraph crash,
 * a connection refused with its URL, a driver message) becomes "Internal error" plus an error id
 * that is in the gateway log.
 */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown) =>
    formatGraphQLError(formatted, error, {
      logUnknown: (err, errorId) => logger.error({ err, errorId, upstream: formatted.message }, 'masked error'),
    });
}
