import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.ts';

/** HTTP status for a request refused before execution, by the code of its first error. */
const STATUS: Record<string, number> = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

/**
 * Requests refused before execution (limits, scopes, cost, syntax) answer with a 4xx status, not
 * the 500 Apollo gives errors thrown from plugin hooks; results with data keep 200 (GraphQL over
 * HTTP). graphql-armor's token counter parses first and reports syntax errors as validation
 * errors: those get the parse code back.
 */
export function httpStatusPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const first = result.errors?.[0];
          if (!first) return;
          for (const error of result.errors ?? []) {
            if (
              error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
              /^Syntax Error: (?!.*limit)/.test(error.message)
            ) {
              (error.extensions as Record<string, unknown>).code = 'GRAPHQL_PARSE_FAILED';
            }
          }
          const status = STATUS[String(first.extensions?.code)];
          if (
            result.data === undefined &&
            status &&
            (response.http.status === undefined || response.http.status >= 500)
          ) {
            response.http.status = status;
          }
        },
      };
    },
  };
}
