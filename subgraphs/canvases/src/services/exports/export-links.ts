import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Download links of rendered exports: `${publicUrl}/exports/<token>`, the token a base64url JSON
 * payload { f: file id, exp } and an HMAC-SHA256 over it with a key derived from the internal
 * secret for this purpose only. A bad signature is unknown (404); a good one past `exp` is gone (410).
 */
export function createExportLinks(secret: string, publicUrl: string) {
  const key = createHmac('sha256', secret).update('tessera-link:canvas-export').digest();
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  const prefix = `${publicUrl}/exports/`;
  return {
    url(fileId: string, expiresAt: Date): string {
      const body = Buffer.from(
        JSON.stringify({ f: fileId, exp: Math.floor(expiresAt.getTime() / 1000) }),
      ).toString('base64url');
      return `${prefix}${body}.${mac(body)}`;
    },

    /** null: not a token we signed. */
    verify(token: string, now: Date = new Date()): { fileId: string; expired: boolean } | null {
      if (typeof token !== 'string' || token.length > 512) return null;
      const [body, signature, extra] = token.split('.');
      if (!body || !signature || extra !== undefined) return null;
      const expected = Buffer.from(mac(body));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as {
          f?: unknown;
          exp?: unknown;
        };
        if (typeof payload.f !== 'string' || typeof payload.exp !== 'number') return null;
        return { fileId: payload.f, expired: payload.exp * 1000 <= now.getTime() };
      } catch {
        return null;
      }
    },

    /** The token of a URL url() made (for callers holding only the URL). */
    tokenOf(url: string): string | null {
      return url.startsWith(prefix) ? url.slice(prefix.length).split(/[?#]/)[0]! : null;
    },
  };
}

export type ExportLinks = ReturnType<typeof createExportLinks>;
