import { timingSafeEqual } from 'node:crypto';
import type { Route } from '@tessera/service-kit';
import { readJsonBody, sendJson } from '@tessera/service-kit';
import { isAppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { Authenticate } from './services/authenticate.ts';

export const AUTHENTICATE_PATH = '/internal/authenticate';

function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The gateway's authentication call: bearer token in, principal out. Internal secret required. */
export function authenticateRoute(authenticate: Authenticate, internalSecret: string, logger: Logger): Route {
  return async (req, res) => {
    if (req.method !== 'POST' || req.url !== AUTHENTICATE_PATH) return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) {
      sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      return true;
    }
    const body = (await readJsonBody(req, 16_384).catch(() => null)) as { token?: unknown } | null;
    if (!body || typeof body.token !== 'string') {
      sendJson(res, 400, { error: { code: 'BAD_USER_INPUT', message: 'token is required' } });
      return true;
    }
    try {
      sendJson(res, 200, { principal: await authenticate(body.token) });
    } catch (error) {
      if (isAppError(error)) {
        sendJson(res, 200, { error: { code: error.code, message: error.message, ...(error.details ?? {}) } });
      } else {
        logger.error({ err: error }, 'authentication failed unexpectedly');
        sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal error' } });
      }
    }
    return true;
  };
}
