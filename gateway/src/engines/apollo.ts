// The default planner and executor (GATEWAY_ENGINE=apollo): @apollo/gateway over the static
// supergraph, with its per-request Operation kept per document (./apollo-operation-cache.ts), its
// per-request steps around the plan without spans or re-hashing (./apollo-request-executor.ts), its
// plan run by ./apollo-executor.ts (without traces or tracing) and results shaped by
// ./apollo-result-shaping.ts. The data sources come from
// server.ts (./subgraphs.ts: identity forwarding, pooled client, deduplication).
import { ApolloGateway, type GatewayConfig } from '@apollo/gateway';
import { useFastExecutor } from './apollo-executor.ts';
import { useOperationCache } from './apollo-operation-cache.ts';
import { useLeanRequestExecutor } from './apollo-request-executor.ts';
import { useFastResultShaping } from './apollo-result-shaping.ts';

export function createApolloGateway(options: {
  supergraphSdl: string;
  buildService: NonNullable<GatewayConfig['buildService']>;
}): ApolloGateway {
  useOperationCache();
  useFastResultShaping();
  useFastExecutor();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: options.buildService,
  });
  useLeanRequestExecutor(gateway);
  return gateway;
}
