// A canvas opened from its address: index.html asks for its header (the stored blocks its runs are
// prefetched from) as soon as the early session refresh (urql/early-refresh.ts) answers, before the
// app's modules have loaded and run; canvas/loading/open-early.ts takes the answer.
import { stringifyDocument } from '@urql/core';
import type { CanvasHeaderQuery } from '../../../gql/graphql';
import { CanvasHeaderDocument } from '../operations';

export const EARLY_HEADER_GLOBAL = '__tesseraEarlyCanvasHeader';
const GLOBAL = EARLY_HEADER_GLOBAL;

/**
 * The inline script (ES5), run after earlyRefreshScript: on /canvas/<id>, once the refresh answers,
 * the header with the new access token (and the document's trusted-document hash, as the app sends it).
 * At high priority: it is sent while the page's code is loading, and the browser's six connections
 * would otherwise take the code first (bench/web's trace: the header stalled 65 ms behind it).
 */
export function earlyHeaderScript(refreshGlobal: string): string {
  const hash = (CanvasHeaderDocument as { __meta__?: { hash?: string } }).__meta__?.hash;
  const extensions = hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : {};
  return `(function () {
  try {
    var match = /^\\/canvas\\/([^/]+)$/.exec(location.pathname);
    var refresh = window.${refreshGlobal};
    if (!match || !refresh) return;
    var id = decodeURIComponent(match[1]);
    window.${GLOBAL} = {
      id: id,
      answer: refresh.then(function (body) {
        var token = body && body.data && body.data.refreshSession && body.data.refreshSession.accessToken;
        if (!token) return null;
        return fetch('/graphql', {
          method: 'POST',
          priority: 'high',
          headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
          body: JSON.stringify({ query: ${JSON.stringify(stringifyDocument(CanvasHeaderDocument))}, variables: { id: id }, operationName: 'CanvasHeader', extensions: ${JSON.stringify(extensions)} }),
        }).then(function (r) { return r.json(); });
      }),
    };
  } catch (e) {}
})();`;
}

/** The header index.html asked for, for `canvasId`, once (null when it asked for none). */
export function takeEarlyHeader(canvasId: string): Promise<CanvasHeaderQuery | null> | null {
  const holder = globalThis as {
    [GLOBAL]?: { id: string; answer: Promise<{ data?: CanvasHeaderQuery } | null> };
  };
  const early = holder[GLOBAL];
  delete holder[GLOBAL];
  if (!early || early.id !== canvasId) return null;
  return early.answer.then(
    (body) => body?.data ?? null,
    () => null,
  );
}
