import { createHash, randomBytes } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An invitation link's token: `<organizationId>.<32 random bytes, base64url>`. The organization id
 * lets the service read the invitation under that tenant's RLS context; only the hash is stored.
 */
export function newInvitationToken(organizationId: string): { token: string; hash: Buffer } {
  const token = `${organizationId}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): Buffer {
  return createHash('sha256').update(`invitation:${token}`).digest();
}

/** The organization and hash of a well-formed token, or null (never a database lookup for junk). */
export function parseInvitationToken(token: unknown): { organizationId: string; hash: Buffer } | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [organizationId, secret, extra] = token.split('.');
  if (
    extra !== undefined ||
    !organizationId ||
    !UUID.test(organizationId) ||
    !secret ||
    !/^[A-Za-z0-9_-]{43}$/.test(secret)
  )
    return null;
  return { organizationId: organizationId.toLowerCase(), hash: hashInvitationToken(token) };
}
