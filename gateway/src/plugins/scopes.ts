import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { requireScope } from '@tessera/auth';
import type { GatewayContext } from '../context.ts';

/** Mutations that run SQL read-only: an API key needs QUERY_RUN for them, not WRITE. */
const QUERY_RUN_FIELDS = new Set(['runQuery', 'cancelQueryRun', 'exportQueryRun']);

/**
 * The operation's root field names, through named fragments and inline fragments too: a WRITE
 * mutation spread next to `runQuery` must not pass as a QUERY_RUN-only request.
 */
function rootFields(
  selectionSet: SelectionSetNode,
  document: DocumentNode,
  seen = new Set<string>(),
): string[] {
  return selectionSet.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, document, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = document.definitions.find(
      (d): d is FragmentDefinitionNode =>
        d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
    );
    // An unknown fragment fails validation anyway; counting it as a write keeps this fail-closed.
    return fragment ? rootFields(fragment.selectionSet, document, seen) : [s.name.value];
  });
}

/** API keys: queries need READ, mutations WRITE (or QUERY_RUN for running SQL). Subgraphs check again. */
export function scopesPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (!operation) {
            throw new GraphQLError(
              'The document has several operations: name the one to run with operationName',
              {
                extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
              },
            );
          }
          if (operation.operation !== 'mutation') return requireScope(contextValue.identity, 'READ');
          const fields = rootFields(operation.selectionSet, document);
          const onlyRuns = fields.length > 0 && fields.every((f) => QUERY_RUN_FIELDS.has(f));
          requireScope(contextValue.identity, onlyRuns ? 'QUERY_RUN' : 'WRITE');
        },
      };
    },
  };
}
