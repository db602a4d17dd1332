import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { isAppError, ErrorCode } from './app-error.ts';

/** Codes produced by GraphQL itself (parse / validation) that are safe to show as they are. */
const GRAPHQL_SAFE_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const APP_CODES = new Set<string>(Object.values(ErrorCode));

export interface FormatErrorOptions {
  /** Called with unknown errors and the id returned to the client, so the two can be matched in logs. */
  logUnknown: (error: unknown, errorId: string) => void;
}

/**
 * The single edge mapping from thrown errors to what a client sees: AppErrors keep their code,
 * message and field; GraphQL's own request errors pass; anything else becomes "Internal error"
 * with an error id that appears in the logs.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: FormatErrorOptions,
): GraphQLFormattedError {
  const original = unwrap(error);
  if (isAppError(original)) {
    return {
      message: original.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.details ?? {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  if (
    typeof code === 'string' &&
    (GRAPHQL_SAFE_CODES.has(code) || APP_CODES.has(code)) &&
    !hasInternalCause(original)
  ) {
    const {
      stacktrace: _stack,
      exception: _exception,
      serviceName: _service,
      ...extensions
    } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const errorId = randomUUID();
  options.logUnknown(original ?? error, errorId);
  return {
    message: 'Internal error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL, errorId },
  };
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5; i++) {
    if (isAppError(current)) return current;
    const next = (current as { originalError?: unknown } | null)?.originalError;
    if (!next) return current;
    current = next;
  }
  return current;
}

/**
 * A GraphQLError carrying a thrown non-GraphQL Error came from a crash. (A subgraph's error as
 * relayed by the gateway is a plain object, not an Error: its code decides.)
 */
function hasInternalCause(original: unknown): boolean {
  if (!(original instanceof Error)) return false;
  // GraphQLError and its subclasses (Apollo's BadRequestError...) carry locations and extensions.
  const graphQLError =
    'locations' in original && typeof (original as { extensions?: unknown }).extensions === 'object';
  return !graphQLError && original.name !== 'AppError';
}
