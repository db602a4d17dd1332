import type { ApolloServerPlugin } from '@apollo/server';
import { annotatorForActiveSpan, tracingEnabled } from '@tessera/tracing';
import type { GatewayContext } from '../context.ts';

/**
 * Names the request's SERVER span after the GraphQL operation (when tracing is on). The spans
 * under it (gateway.request, gateway.plan, gateway.fetch) are @apollo/gateway's own.
 */
export function tracingPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!tracingEnabled()) return;
      const annotate = annotatorForActiveSpan();
      annotate({ 'tessera.request_id': contextValue.identity.requestId });
      return {
        async didResolveOperation({ operationName, operation }) {
          annotate({
            'graphql.operation.name': operationName ?? '',
            'graphql.operation.type': operation?.operation ?? 'unknown',
          });
        },
      };
    },
  };
}
