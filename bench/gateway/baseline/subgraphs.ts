// gateway/src/subgraphs.ts before this work (commit 2f67ea8): RemoteGraphQLDataSource with its
// default fetcher (make-fetch-happen). The benchmark's "before" (bench/gateway/variants.ts).
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from '@tessera/auth';
import type { GatewayContext } from '../../../gateway/src/context.ts';

/** Subgraph names and URLs as declared in the supergraph's join__Graph enum. */
export function subgraphsOf(supergraphSdl: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]+)"\)/g)) {
    found[match[1]!] = match[2]!;
  }
  return found;
}

/** Forwards the signed identity and request id; the client's own headers never reach subgraphs. */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('identityToken' in context)) return;
    request.http?.headers.set(IDENTITY_HEADER, context.identityToken);
    request.http?.headers.set(REQUEST_ID_HEADER, context.identity.requestId);
  }
}
