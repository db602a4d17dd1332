import { AppError } from '@tessera/errors';
import type { Principal } from '@tessera/auth';
import type { Repositories } from '../data/index.ts';
import type { AccessTokens } from './access-tokens.ts';
import { hashApiKey, hashesEqual, looksLikeApiKey, parseApiKey } from './api-key-format.ts';

const INVALID_KEY = () => new AppError('UNAUTHENTICATED', 'Invalid or revoked API key');

/**
 * Turns a bearer token (access JWT or partner API key) into a principal. The gateway calls this
 * once per request; the result travels to subgraphs inside the signed internal identity.
 */
export function createAuthenticator(deps: { repos: Repositories; tokens: AccessTokens }) {
  const { repos, tokens } = deps;
  return async function authenticate(token: string): Promise<Principal> {
    if (looksLikeApiKey(token)) {
      const parsed = parseApiKey(token);
      if (!parsed) throw INVALID_KEY();
      const key = await repos.apiKeys.forAuthentication(parsed.lookupId);
      if (!key || key.revokedAt || !hashesEqual(key.keyHash, hashApiKey(token))) throw INVALID_KEY();
      return {
        kind: 'apiKey',
        apiKeyId: key.id,
        organizationId: key.organizationId,
        scopes: key.scopes,
        createdBy: key.createdBy,
      };
    }
    const claims = await tokens.verify(token);
    const session = await repos.sessions.findActive(claims.sessionId);
    if (!session || session.userId !== claims.userId)
      throw new AppError('UNAUTHENTICATED', 'Session ended; sign in again');
    const [memberships, grants] = await Promise.all([
      repos.organizations.membershipsOfUser(claims.userId),
      repos.canvasGrants.listForUser(claims.userId),
    ]);
    const canvasGrants = grants.map((g) => ({
      canvasId: g.canvasId,
      organizationId: g.organizationId,
      role: g.role,
    }));
    return {
      kind: 'user',
      userId: claims.userId,
      sessionId: claims.sessionId,
      memberships,
      ...(canvasGrants.length ? { canvasGrants } : {}),
    };
  };
}

export type Authenticate = ReturnType<typeof createAuthenticator>;
