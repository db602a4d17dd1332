import { decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { Repositories } from '../data/index.ts';
import type { Clock } from './clock.ts';
import { validateAllowedOrigins } from './embed-origins.ts';
import { ShareLinkReason, shareLinkError } from './share-tokens.ts';

// Signed embeds: the host application signs an HS256 JWT with its organization's embedding secret
// (accounts: createEmbeddingSecret), claims { canvas, params?, exp, origins? }, and opens /embed/<jwt>. The
// secret is read on every use (no cache), so rotating it refuses every older token at once.

const ALGORITHM = 'HS256';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_EMBED_TOKEN_CHARS = 8_192;
export const MAX_EMBED_PARAMS = 50;

/** The organization's current embedding secret (null: none was created). */
export interface EmbeddingSecrets {
  current(organizationId: string): Promise<string | null>;
}

export interface SignedEmbedGrant {
  canvasId: string;
  organizationId: string;
  /** The token's `params`: FILTER parameter → value, locked for this viewer (checked against the publication later). */
  params: Record<string, unknown>;
  /** The token's optional `origins` claim: where it may be framed (absent: anywhere). */
  origins: string[] | null;
  /** The token's `sub` claim (the host's viewer id, for usage), when it is a short string. */
  subject: string | null;
  expiresAt: Date;
}

/** Whether a token claims to be a signed embed (a `canvas` claim, no share-link id); says nothing of its validity. */
export function looksLikeSignedEmbed(token: string): boolean {
  try {
    const claims = decodeJwt(token);
    return typeof claims.canvas === 'string' && claims.linkId === undefined;
  } catch {
    return false;
  }
}

export type VerifySignedEmbed = (token: string) => Promise<SignedEmbedGrant>;

/**
 * Verifies a signed embed: HS256 only (none, RS*, ES* refused), signed with the current secret of
 * the organization that owns `canvas`, `exp` required and in the future. A token for another
 * organization's canvas fails the signature (each organization has its own secret). Failures are
 * FORBIDDEN with reason SHARE_LINK_INVALID or SHARE_LINK_EXPIRED (after the signature holds).
 */
export function createSignedEmbedVerifier(deps: {
  repos: Pick<Repositories, 'canvases'>;
  secrets: EmbeddingSecrets;
  clock: Clock;
}): VerifySignedEmbed {
  const { repos, secrets, clock } = deps;
  return async (token) => {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_EMBED_TOKEN_CHARS)
      throw shareLinkError(ShareLinkReason.INVALID);
    let canvasId: unknown;
    try {
      const header = decodeProtectedHeader(token);
      if (header.alg !== ALGORITHM || header.crit !== undefined || header.b64 !== undefined)
        throw new Error('header');
      canvasId = decodeJwt(token).canvas;
    } catch {
      throw shareLinkError(ShareLinkReason.INVALID);
    }
    const canvas =
      typeof canvasId === 'string' && UUID.test(canvasId)
        ? await repos.canvases.find(canvasId.toLowerCase())
        : null;
    if (!canvas || canvas.deletedAt) throw shareLinkError(ShareLinkReason.INVALID);
    const secret = await secrets.current(canvas.organizationId);
    if (!secret) throw shareLinkError(ShareLinkReason.INVALID);

    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, new TextEncoder().encode(secret), {
        algorithms: [ALGORITHM],
        requiredClaims: ['exp'],
        currentDate: clock.now(),
      }));
    } catch (error) {
      // jose checks the signature before the claims: an expired token here is authentic.
      throw shareLinkError(
        error instanceof errors.JWTExpired ? ShareLinkReason.EXPIRED : ShareLinkReason.INVALID,
      );
    }
    const params = claims.params ?? {};
    if (
      typeof claims.exp !== 'number' ||
      typeof params !== 'object' ||
      params === null ||
      Array.isArray(params) ||
      Object.keys(params).length > MAX_EMBED_PARAMS
    ) {
      throw shareLinkError(ShareLinkReason.INVALID);
    }
    let origins: string[] | null = null;
    if (claims.origins !== undefined) {
      try {
        origins = validateAllowedOrigins(Array.isArray(claims.origins) ? (claims.origins as string[]) : ['']);
      } catch {
        throw shareLinkError(ShareLinkReason.INVALID);
      }
    }
    const subject =
      typeof claims.sub === 'string' && claims.sub.length > 0 && claims.sub.length <= 200 ? claims.sub : null;
    return {
      canvasId: canvas.id,
      organizationId: canvas.organizationId,
      params: params as Record<string, unknown>,
      origins,
      subject,
      expiresAt: new Date(claims.exp * 1000),
    };
  };
}
