import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { AppError } from '@tessera/errors';
import type { GatewayContext } from '../context.ts';

function selectsIntrospection(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.some((s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'));
}

function isIntrospection(document: DocumentNode): boolean {
  return document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && selectsIntrospection(d.selectionSet));
}

/**
 * In production, introspection is for partners only: API keys with the READ scope. Everyone else
 * gets FORBIDDEN (the published schema is schema/api.graphql and docs/api.md).
 */
export function introspectionPolicy(options: { production: boolean }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!options.production || !isIntrospection(document)) return;
          const principal = contextValue.identity.principal;
          if (principal.kind === 'apiKey' && principal.scopes.includes('READ')) return;
          throw new AppError('FORBIDDEN', 'Introspection is available to API keys with the READ scope');
        },
      };
    },
  };
}
