import { createInternalTokenCodec, IDENTITY_HEADER, type Identity } from '@tessera/auth';

/** Headers a subgraph accepts, as the gateway would sign them; for subgraph-level tests. */
export async function signedIdentityHeaders(
  secret: string,
  identity: Identity,
): Promise<Record<string, string>> {
  const token = await createInternalTokenCodec(secret).sign(identity);
  return { [IDENTITY_HEADER]: token, 'content-type': 'application/json' };
}
