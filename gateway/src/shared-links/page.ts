import type { IncomingMessage, ServerResponse } from 'node:http';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * A small self-contained answer for shared-link paths (never the web app, nothing internal):
 * an HTML page for browsers, JSON `{ error: { code, message } }` otherwise.
 */
export function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  page: {
    title: string;
    message: string;
    code: string;
    headers?: Record<string, string>;
    extra?: Record<string, unknown>;
  },
): void {
  const common = {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...page.headers,
  };
  if (!(req.headers.accept ?? '').includes('text/html')) {
    const body = JSON.stringify({ error: { code: page.code, message: page.message, ...page.extra } });
    res.writeHead(status, { ...common, 'content-type': 'application/json; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(page.title)} · Tessera</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { max-width: 32rem; padding: 2rem; text-align: center; }
  h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
  p { margin: 0; opacity: .75; line-height: 1.5; }
</style></head>
<body><main><h1>${escape(page.title)}</h1><p>${escape(page.message)}</p></main></body></html>
`;
  res.writeHead(status, {
    ...common,
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *",
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
