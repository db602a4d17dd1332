import { SignJWT, decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import { AppError } from '@tessera/errors';
import type { Repositories, ShareLinkRecord } from '../data/index.ts';
import type { Clock } from './clock.ts';

// Share tokens: HS256 JWTs signed with the organization's own key (32 random bytes, stored in
// MongoDB, created on first use). Claims: canvasId, linkId, lockedFilters, iat, exp (when the
// link expires), iss and aud. Revocation lives in the link record and is checked on every use.

const ALGORITHM = 'HS256';
const ISSUER = 'tessera-canvases';
const AUDIENCE = 'tessera-share';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ShareLinkReason = {
  INVALID: 'SHARE_LINK_INVALID',
  EXPIRED: 'SHARE_LINK_EXPIRED',
  REVOKED: 'SHARE_LINK_REVOKED',
} as const;
export type ShareLinkReasonName = (typeof ShareLinkReason)[keyof typeof ShareLinkReason];

const MESSAGES: Record<ShareLinkReasonName, string> = {
  SHARE_LINK_INVALID: 'This share link is not valid (it is malformed or was altered)',
  SHARE_LINK_EXPIRED: 'This share link has expired',
  SHARE_LINK_REVOKED: 'This share link was revoked',
};

/**
 * Share-link failures are FORBIDDEN (not UNAUTHENTICATED: a signed-in viewer's own session is
 * fine, and clients refresh sessions on UNAUTHENTICATED) with the reason in `extensions.reason`.
 */
export function shareLinkError(reason: ShareLinkReasonName): AppError {
  return new AppError('FORBIDDEN', MESSAGES[reason], { details: { reason } });
}

/** The reason of a share-link failure, or null for any other error. */
export function shareLinkReason(error: unknown): ShareLinkReasonName | null {
  const reason = (error as AppError | null)?.details?.reason;
  return typeof reason === 'string' && reason in MESSAGES ? (reason as ShareLinkReasonName) : null;
}

/** What a valid share token grants: read-only access to one canvas, with locked filter values. */
export interface ShareGrant {
  linkId: string;
  canvasId: string;
  organizationId: string;
  lockedFilters: Record<string, unknown>;
  expiresAt: Date | null;
}

/** Signs a link's token. Deterministic: the same link always yields the same token. */
export async function signShareToken(link: ShareLinkRecord, key: Uint8Array): Promise<string> {
  const jwt = new SignJWT({ canvasId: link.canvasId, linkId: link.id, lockedFilters: link.lockedFilters })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(link.issuedAt);
  if (link.expiresAt) jwt.setExpirationTime(Math.floor(link.expiresAt.getTime() / 1000));
  return jwt.sign(key);
}

export type VerifyShareToken = (token: string) => Promise<ShareGrant>;

/**
 * Verifies a share token: signature with the organization's key, then revocation (looked up on
 * every use), then expiry. Throws FORBIDDEN with reason SHARE_LINK_INVALID / _REVOKED / _EXPIRED.
 */
export function createShareTokenVerifier(deps: {
  repos: Pick<Repositories, 'shareLinks' | 'signingKeys'>;
  clock: Clock;
}): VerifyShareToken {
  const { repos, clock } = deps;
  return async (token) => {
    if (typeof token !== 'string' || token.length === 0 || token.length > 16_384)
      throw shareLinkError(ShareLinkReason.INVALID);
    let linkId: unknown;
    try {
      if (decodeProtectedHeader(token).alg !== ALGORITHM) throw new Error('algorithm');
      linkId = decodeJwt(token).linkId;
    } catch {
      throw shareLinkError(ShareLinkReason.INVALID);
    }
    const link = typeof linkId === 'string' && UUID.test(linkId) ? await repos.shareLinks.find(linkId) : null;
    const key = link ? await repos.signingKeys.find(link.organizationId) : null;
    if (!link || !key) throw shareLinkError(ShareLinkReason.INVALID);

    let expired = false;
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: clock.now(),
      }));
    } catch (error) {
      // jose checks the signature before the claims: an expired token here is authentic.
      if (!(error instanceof errors.JWTExpired)) throw shareLinkError(ShareLinkReason.INVALID);
      expired = true;
      claims = error.payload;
    }
    if (claims.canvasId !== link.canvasId || claims.linkId !== link.id)
      throw shareLinkError(ShareLinkReason.INVALID);
    if (link.revokedAt) throw shareLinkError(ShareLinkReason.REVOKED);
    if (expired || (link.expiresAt && link.expiresAt.getTime() <= clock.now().getTime()))
      throw shareLinkError(ShareLinkReason.EXPIRED);
    const locked = claims.lockedFilters;
    return {
      linkId: link.id,
      canvasId: link.canvasId,
      organizationId: link.organizationId,
      lockedFilters:
        typeof locked === 'object' && locked !== null && !Array.isArray(locked)
          ? (locked as Record<string, unknown>)
          : {},
      expiresAt: link.expiresAt,
    };
  };
}
