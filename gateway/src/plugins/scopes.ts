import type { ApolloServerPlugin } from '@apollo/server';
import { requireScope } from '@tessera/auth';
import type { GatewayContext } from '../context.ts';

/** API keys: queries need READ, mutations need WRITE. Subgraphs check finer scopes (QUERY_RUN). */
export function scopesPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          requireScope(contextValue.identity, operation?.operation === 'mutation' ? 'WRITE' : 'READ');
        },
      };
    },
  };
}
