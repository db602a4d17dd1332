import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ValidationRule } from 'graphql';

/**
 * Each subgraph defends itself too (callers other than the gateway are refused, but limits cost
 * nothing): looser than the gateway's, because query plans add entity levels and batch
 * representations. Depth 16, aliases 30, directives 60, tokens 4000.
 */
export const SUBGRAPH_LIMITS = { maxDepth: 16, maxAliases: 30, maxDirectives: 60, maxTokens: 4000 } as const;

export function subgraphLimits<Ctx extends BaseContext>(): {
  plugins: ApolloServerPlugin<Ctx>[];
  validationRules: ValidationRule[];
} {
  const armor = new ApolloArmor({
    maxDepth: { n: SUBGRAPH_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: SUBGRAPH_LIMITS.maxAliases },
    maxDirectives: { n: SUBGRAPH_LIMITS.maxDirectives },
    maxTokens: { n: SUBGRAPH_LIMITS.maxTokens },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: plugins as ApolloServerPlugin<Ctx>[], validationRules };
}
