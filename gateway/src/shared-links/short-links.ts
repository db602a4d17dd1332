import type { Route } from '@tessera/service-kit';
import { sendPage } from './page.ts';

// GET /s/<code>: a share link's short URL. The canvases service resolves the code
// (GET /internal/short-links/<code>) to the link's /embed/<token> while the link is valid; the
// gateway answers 302 to it (keeping ?block=), or a plain 404 page for an unknown, revoked or
// expired link. Never cached: revoking a link ends its short URL at once.

const SHORT_PATH = /^\/s\/([0-9A-Za-z]{10,32})$/;
const EMBED_PATH = /^\/embed\/[A-Za-z0-9._-]{1,8192}$/;
const BLOCK = /^[A-Za-z0-9_-]{1,64}$/;

const NOT_FOUND = {
  title: 'This link does not exist',
  message: 'The link may have been revoked or may have expired. Ask whoever shared it for a new one.',
  code: 'NOT_FOUND',
};

export function shortLinkRoute(options: { canvasesUrl: string; internalSecret: string }): Route {
  const origin = new URL(options.canvasesUrl).origin;

  async function resolve(code: string): Promise<string | null | 'unavailable'> {
    try {
      const response = await fetch(`${origin}/internal/short-links/${code}`, {
        headers: { 'x-internal-secret': options.internalSecret },
        signal: AbortSignal.timeout(3_000),
      });
      if (response.status === 404) return null;
      if (!response.ok) return 'unavailable';
      const { path } = (await response.json()) as { path?: unknown };
      return typeof path === 'string' && EMBED_PATH.test(path) ? path : 'unavailable';
    } catch {
      return 'unavailable';
    }
  }

  return async (req, res) => {
    const [pathname = '', query = ''] = (req.url ?? '/').split('?');
    if (!pathname.startsWith('/s/') && pathname !== '/s') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const match = SHORT_PATH.exec(pathname);
    const target = match ? await resolve(match[1]!) : null;
    if (target === 'unavailable') {
      sendPage(req, res, 503, {
        title: 'This link cannot be opened right now',
        message: 'Please try again in a moment.',
        code: 'UNAVAILABLE',
        headers: { 'retry-after': '5' },
      });
      return true;
    }
    if (target === null) {
      sendPage(req, res, 404, NOT_FOUND);
      return true;
    }
    const block = new URLSearchParams(query).get('block');
    const location = block && BLOCK.test(block) ? `${target}?block=${block}` : target;
    res.writeHead(302, {
      location,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    res.end();
    return true;
  };
}
