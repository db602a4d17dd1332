import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived capability URLs (export downloads, file uploads): a base64url JSON payload and an
 * HMAC-SHA256 over it. The key is derived from the internal secret with a purpose label, so an
 * export link can never pass as an upload link.
 */
export function createLinkSigner(secret: string, purpose: string) {
  const key = createHmac('sha256', secret).update(`tessera-link:${purpose}`).digest();
  const sign = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    sign<T extends object>(payload: T, ttlSeconds: number): { token: string; expiresAt: Date } {
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
      const body = Buffer.from(
        JSON.stringify({ ...payload, exp: Math.floor(expiresAt.getTime() / 1000) }),
      ).toString('base64url');
      return { token: `${body}.${sign(body)}`, expiresAt };
    },
    verify<T>(token: string): (T & { exp: number }) | null {
      const [body, signature] = token.split('.');
      if (!body || !signature) return null;
      const expected = Buffer.from(sign(body));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as T & { exp: number };
      return payload.exp * 1000 > Date.now() ? payload : null;
    },
  };
}

export type LinkSigner = ReturnType<typeof createLinkSigner>;
