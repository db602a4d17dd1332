import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { AppError } from '@tessera/errors';
import type { GatewayContext } from '../context.ts';

/**
 * Whether the document selects `__schema` or `__type` anywhere: top-level fields, named fragments
 * and inline fragments alike, at any depth (the whole document is walked, as graphql-js's
 * NoSchemaIntrospectionCustomRule does; names starting with `__` are reserved, so on a validated
 * document these fields are always the introspection ones). `__typename` is not introspection.
 */
export function isIntrospection(document: DocumentNode): boolean {
  let found = introspectionOf.get(document);
  if (found !== undefined) return found;
  found = selectsIntrospection(document);
  introspectionOf.set(document, found);
  return found;
}

/** Per parsed document: Apollo Server hands the same DocumentNode to every request with the same text. */
const introspectionOf = new WeakMap<DocumentNode, boolean>();

function selectsIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
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
