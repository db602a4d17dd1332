import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { requireScope } from '@tessera/auth';
import type { GatewayContext } from '../context.ts';

/** Mutations that run SQL read-only: an API key needs QUERY_RUN for them, not WRITE. */
const QUERY_RUN_FIELDS = new Set(['runQuery', 'cancelQueryRun', 'exportQueryRun']);

function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

/** API keys: queries need READ, mutations WRITE (or QUERY_RUN for running SQL). Subgraphs check again. */
export function scopesPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (!operation) {
            throw new GraphQLError('The document has several operations: name the one to run with operationName', {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
            });
          }
          if (operation.operation !== 'mutation') return requireScope(contextValue.identity, 'READ');
          const fields = rootFields(operation);
          const onlyRuns = fields.length > 0 && fields.every((f) => QUERY_RUN_FIELDS.has(f));
          requireScope(contextValue.identity, onlyRuns ? 'QUERY_RUN' : 'WRITE');
        },
      };
    },
  };
}
