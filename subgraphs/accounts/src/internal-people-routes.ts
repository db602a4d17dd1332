import type { Route } from '@tessera/service-kit';
import { readJsonBody, sendJson } from '@tessera/service-kit';
import { isAppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { Repositories } from './data/index.ts';
import { secretMatches } from './internal-routes.ts';
import type { PeopleService } from './services/people-service.ts';

const EMBEDDING_SECRET_PATH = /^\/internal\/embedding-secret\/([0-9a-f-]{36})$/;
const CANVAS_PEOPLE_PATH = /^\/internal\/organizations\/([0-9a-f-]{36})\/canvases\/([0-9a-f-]{36})\/people$/;
const GRANTS_PATH = '/internal/canvas-grants';
const REVOKE_PATH = '/internal/canvas-grants/revoke';

function refuse(res: Parameters<Route>[1]): true {
  sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
  return true;
}

/** The signed-embed secret for canvases: GET /internal/embedding-secret/<organizationId> → { secret } (404: none yet). */
export function embeddingSecretRoute(repos: Repositories, internalSecret: string): Route {
  return async (req, res) => {
    const match = req.method === 'GET' ? EMBEDDING_SECRET_PATH.exec(req.url ?? '') : null;
    if (!match) return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) return refuse(res);
    const current = await repos.embeddingSecrets.current(match[1]!);
    if (!current) sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'No embedding secret' } });
    else sendJson(res, 200, { secret: current.secret, createdAt: current.createdAt.toISOString() });
    return true;
  };
}

/**
 * Canvas grants for the canvases service, which checks that the caller may share the canvas:
 * POST /internal/canvas-grants { organizationId, canvasId, canvasName?, email, role, grantedBy? } → { invited },
 * POST /internal/canvas-grants/revoke { organizationId, canvasId, email } → { removed },
 * GET /internal/organizations/<org>/canvases/<canvas>/people → { members, grants } (who has access).
 */
export function canvasGrantsRoute(
  repos: Repositories,
  people: PeopleService,
  internalSecret: string,
  logger: Logger,
): Route {
  return async (req, res) => {
    const url = req.url ?? '';
    const peopleMatch = req.method === 'GET' ? CANVAS_PEOPLE_PATH.exec(url) : null;
    const write = req.method === 'POST' && (url === GRANTS_PATH || url === REVOKE_PATH);
    if (!peopleMatch && !write) return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) return refuse(res);
    try {
      if (peopleMatch) {
        const [members, grants] = await Promise.all([
          repos.organizations.members(peopleMatch[1]!),
          repos.canvasGrants.listForCanvas(peopleMatch[1]!, peopleMatch[2]!),
        ]);
        sendJson(res, 200, { members, grants });
        return true;
      }
      const body = await readJsonBody(req, 16_384).catch(() => null);
      if (url === GRANTS_PATH) sendJson(res, 200, await people.grantCanvas(body));
      else
        sendJson(res, 200, {
          removed: await people.revokeCanvasGrant((body ?? {}) as Record<string, unknown>),
        });
    } catch (error) {
      if (isAppError(error)) {
        sendJson(res, error.code === 'BAD_USER_INPUT' ? 400 : 500, {
          error: { code: error.code, message: error.message, field: error.field },
        });
      } else {
        logger.error({ err: error }, 'canvas grant route failed');
        sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal error' } });
      }
    }
    return true;
  };
}
