// The session refresh a page load starts from index.html, before the app's modules have loaded and
// run (bench/web: ~150 ms on a quiet machine, several times that on a busy one). vite.config.ts
// inlines earlyRefreshScript(); session.ts adopts its answer (takeEarlyRefresh) instead of sending
// its own. The script follows session.ts's rules: under the cross-tab refresh lock it reads the
// newest refresh token and stores the rotated one before the lock is released.
import { stringifyDocument } from '@urql/core';
import type { RefreshSessionMutation } from '../gql/graphql';
import { RefreshSessionDocument } from './session-operations';

export const REFRESH_KEY = 'tessera.refreshToken';
export const REFRESH_LOCK = 'tessera.session.refresh';
export const EARLY_REFRESH_GLOBAL = '__tesseraEarlyRefresh';
const GLOBAL = EARLY_REFRESH_GLOBAL;

export interface RefreshAnswer {
  data?: RefreshSessionMutation | null;
  errors?: { extensions?: { code?: string } }[];
}

/** The inline script (ES5, no dependencies): leaves a promise of the answer (null: no token) on window. */
export function earlyRefreshScript(): string {
  const key = JSON.stringify(REFRESH_KEY);
  const query = JSON.stringify(stringifyDocument(RefreshSessionDocument));
  return `(function () {
  try {
    if (!window.fetch || !localStorage.getItem(${key})) return;
    var run = function () {
      var token = localStorage.getItem(${key});
      if (!token) return null;
      return fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: ${query}, variables: { refreshToken: token }, operationName: 'RefreshSession' }),
      })
        .then(function (r) { return r.json(); })
        .then(function (body) {
          var payload = body && body.data && body.data.refreshSession;
          if (payload && payload.refreshToken) localStorage.setItem(${key}, payload.refreshToken);
          return body;
        });
    };
    window.${GLOBAL} = navigator.locks ? navigator.locks.request(${JSON.stringify(REFRESH_LOCK)}, run) : run();
  } catch (e) {}
})();`;
}

/**
 * The answer of the refresh index.html started, once: a rotated token in it is already stored. Null
 * when the page started none (or it was taken).
 */
export function takeEarlyRefresh(): Promise<RefreshAnswer | null> | null {
  const holder = globalThis as { [GLOBAL]?: Promise<RefreshAnswer | null> };
  const early = holder[GLOBAL] ?? null;
  delete holder[GLOBAL];
  return early;
}
