// Composes the benchmark's supergraph with @apollo/composition from the four subgraphs' SDL.
import { composeServices } from '@apollo/composition';
import { SUBGRAPHS, SUBGRAPH_NAMES, type SubgraphName } from './subgraphs/schemas.ts';

export function composeSupergraph(urls: Record<SubgraphName, string>): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({ name, url: urls[name], typeDefs: SUBGRAPHS[name].typeDefs })),
  );
  if (result.errors)
    throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  return result.supergraphSdl;
}
