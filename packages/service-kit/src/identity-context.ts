import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from '@tessera/errors';
import { IDENTITY_HEADER, type Identity, type InternalTokenCodec } from '@tessera/auth';

/**
 * Subgraphs accept only the identity the gateway signed. A request without one (someone calling a
 * subgraph directly) is refused before any resolver runs.
 */
export async function identityFromHeaders(
  headers: IncomingHttpHeaders,
  codec: InternalTokenCodec,
): Promise<Identity> {
  const token = headers[IDENTITY_HEADER];
  if (typeof token !== 'string' || token.length === 0) {
    throw new AppError('UNAUTHENTICATED', 'Subgraphs accept requests from the gateway only');
  }
  return codec.verify(token);
}
