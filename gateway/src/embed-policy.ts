// Who may frame /embed/<token>: the canvases service decides from the link's allowed origins (or a
// signed embed's claims) at GET /internal/embed-policy/<token>; the gateway adds the answer as
// `Content-Security-Policy: frame-ancestors …` to the page. Answers are kept briefly so a busy
// embed does not ask on every load; anything that goes wrong frames nowhere ('none').

export const FRAME_NONE = "frame-ancestors 'none'";
const TOKEN = /^[A-Za-z0-9._-]{1,8192}$/;
const FRAME_ANCESTORS = /^frame-ancestors( ('none'|'self'|\*|https?:\/\/[A-Za-z0-9.[\]:-]+))+$/;

/** The token of an /embed/<token> path (query string already removed), or null for any other path. */
export function embedTokenOf(pathname: string): string | null {
  if (!pathname.startsWith('/embed/')) return null;
  const token = pathname.slice('/embed/'.length);
  return TOKEN.test(token) ? token : null;
}

export interface EmbedPolicyLookup {
  /** The `Content-Security-Policy` value for the embed page of this token. */
  headerFor(token: string): Promise<string>;
}

export interface EmbedPolicyOptions {
  /** The canvases subgraph (its origin serves /internal/embed-policy/<token>). */
  canvasesUrl: string;
  internalSecret: string;
  /** How long an answer is reused (revoking a link or changing its origins shows after at most this). */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export function createEmbedPolicyLookup(options: EmbedPolicyOptions): EmbedPolicyLookup {
  const origin = new URL(options.canvasesUrl).origin;
  const ttlMs = options.ttlMs ?? 10_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { header: string; until: number }>();

  async function ask(token: string): Promise<string | null> {
    try {
      const response = await fetch(`${origin}/internal/embed-policy/${token}`, {
        headers: { 'x-internal-secret': options.internalSecret },
        signal: AbortSignal.timeout(3_000),
      });
      if (!response.ok) return null;
      const { header } = (await response.json()) as { header?: unknown };
      // It becomes a response header: only a well-formed frame-ancestors directive gets through.
      return typeof header === 'string' && FRAME_ANCESTORS.test(header) ? header : null;
    } catch {
      return null;
    }
  }

  return {
    async headerFor(token) {
      if (!TOKEN.test(token)) return FRAME_NONE;
      const known = cache.get(token);
      if (known && known.until > now()) return known.header;
      const header = await ask(token);
      if (header === null) return FRAME_NONE; // not kept: the next load asks again
      cache.delete(token);
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
      cache.set(token, { header, until: now() + ttlMs });
      return header;
    },
  };
}
