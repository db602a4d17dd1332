import type { ApolloServerPlugin } from '@apollo/server';
import { NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { AppError } from '@tessera/errors';
import type { GatewayContext } from '../context.ts';

/**
 * Whether the document reaches `__schema` or `__type` anywhere: top-level fields, named fragments
 * and inline fragments alike (graphql-js's NoSchemaIntrospectionCustomRule walks the whole document
 * with the schema's types). `__typename` is not introspection.
 */
export function isIntrospection(schema: GraphQLSchema, document: DocumentNode): boolean {
  return validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
}

/**
 * In production, introspection is for partners only: API keys with the READ scope. Everyone else
 * gets FORBIDDEN (the published schema is schema/api.graphql and docs/api.md).
 */
export function introspectionPolicy(options: { production: boolean }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          if (!options.production || !isIntrospection(schema, document)) return;
          const principal = contextValue.identity.principal;
          if (principal.kind === 'apiKey' && principal.scopes.includes('READ')) return;
          throw new AppError('FORBIDDEN', 'Introspection is available to API keys with the READ scope');
        },
      };
    },
  };
}
