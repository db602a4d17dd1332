import { AppError } from '@tessera/errors';

export const MAX_ALLOWED_ORIGINS = 20;
const MAX_ORIGIN_CHARS = 253 + 16;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$|^\[[0-9a-f:.]+\]$/;

/**
 * Origins a share link may be framed by: each `https://host[:port]` (`http://` only for localhost),
 * nothing after the host, no wildcard; at most 20; duplicates dropped; written as URL.origin.
 * They end up in a response header, so only what URL parses back to itself is accepted.
 */
export function validateAllowedOrigins(raw: readonly string[] | null | undefined): string[] {
  if (raw === null || raw === undefined) return [];
  if (raw.length > MAX_ALLOWED_ORIGINS)
    throw AppError.badInput('allowedOrigins', `At most ${MAX_ALLOWED_ORIGINS} origins`);
  const origins: string[] = [];
  for (const [index, value] of raw.entries()) {
    const field = `allowedOrigins.${index}`;
    const trimmed = typeof value === 'string' ? value.trim().replace(/\/$/, '') : '';
    let url: URL | null = null;
    try {
      url = trimmed.length > 0 && trimmed.length <= MAX_ORIGIN_CHARS ? new URL(trimmed) : null;
    } catch {
      url = null;
    }
    const local = url !== null && LOCAL_HOSTS.has(url.hostname);
    // URL accepts host characters (`;`, `*`, `'`…) that would change a CSP header: letters, digits, dots, dashes only.
    const ok =
      url !== null &&
      (url.protocol === 'https:' || (url.protocol === 'http:' && local)) &&
      url.origin.toLowerCase() === trimmed.toLowerCase() &&
      HOST.test(url.hostname);
    if (!ok)
      throw AppError.badInput(
        field,
        'Each origin is https://host[:port] (http:// only for localhost), without a path',
      );
    if (!origins.includes(url!.origin)) origins.push(url!.origin);
  }
  return origins;
}

/**
 * The `frame-ancestors` sources of an embed: a share link's allowed origins, or 'self' (Tessera's
 * own pages only) when it has none; a signed embed may be framed anywhere (the host signed it for
 * its own page); anything invalid: 'none'.
 */
export type EmbedPolicy = { frameAncestors: string[] };

export const POLICY_NONE: EmbedPolicy = { frameAncestors: ["'none'"] };
export const POLICY_SELF: EmbedPolicy = { frameAncestors: ["'self'"] };

export function frameAncestorsHeader(policy: EmbedPolicy): string {
  return `frame-ancestors ${policy.frameAncestors.join(' ')}`;
}
