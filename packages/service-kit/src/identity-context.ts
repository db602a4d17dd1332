import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from '@tessera/errors';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, type Identity, type InternalTokenCodec } from '@tessera/auth';

/** The request ids the gateway forwards (its own UUIDs, or a client's id of this shape). */
const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Subgraphs accept only the identity the gateway signed. A request without one (someone calling a
 * subgraph directly) is refused before any resolver runs.
 *
 * The request id is the token's when it carries one; otherwise (the gateway signs a caller once
 * for many requests) the `x-request-id` beside it: a label for logs and audit rows that a client
 * may choose at the gateway anyway, never an input to an access decision.
 */
export async function identityFromHeaders(
  headers: IncomingHttpHeaders,
  codec: InternalTokenCodec,
): Promise<Identity> {
  const token = headers[IDENTITY_HEADER];
  if (typeof token !== 'string' || token.length === 0) {
    throw new AppError('UNAUTHENTICATED', 'Subgraphs accept requests from the gateway only');
  }
  const signed = await codec.verify(token);
  const given = headers[REQUEST_ID_HEADER];
  const requestId =
    signed.requestId ?? (typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID());
  return { ...signed, requestId };
}
