import { timingSafeEqual } from 'node:crypto';
import { sendJson, type Route } from '@tessera/service-kit';
import type { Repositories } from './data/index.ts';
import { frameAncestorsHeader } from './services/embed-origins.ts';
import type { CanvasesServices } from './services/index.ts';

const CANVAS_PATH = /^\/internal\/canvases\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** For other services: GET /internal/canvases/<id> → { id, organizationId, projectId, name } (404 when missing or deleted). */
export function canvasDirectoryRoute(repos: Repositories, internalSecret: string): Route {
  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/internal/canvases/')) return false;
    const match = req.method === 'GET' ? CANVAS_PATH.exec(path) : null;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) {
      sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      return true;
    }
    const canvas = match ? await repos.canvases.find(match[1]!.toLowerCase()) : null;
    if (!canvas || canvas.deletedAt) {
      sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'Canvas not found' } });
      return true;
    }
    sendJson(res, 200, {
      id: canvas.id,
      organizationId: canvas.organizationId,
      projectId: canvas.projectId,
      name: canvas.name,
    });
    return true;
  };
}

const EMBED_POLICY_PATH = /^\/internal\/embed-policy\/([A-Za-z0-9._-]{1,8192})$/;

/**
 * For the gateway's /embed/<token> page: GET /internal/embed-policy/<token> →
 * { frameAncestors: [...], header: "frame-ancestors ..." }. Always 200 for a well-formed path (an
 * invalid, revoked or expired token gets 'none'); 401 without the internal secret.
 */
export function embedPolicyRoute(services: Pick<CanvasesServices, 'shares'>, internalSecret: string): Route {
  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/internal/embed-policy/')) return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) {
      sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      return true;
    }
    const match = req.method === 'GET' ? EMBED_POLICY_PATH.exec(path) : null;
    if (!match) {
      sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'Not found' } });
      return true;
    }
    const policy = await services.shares.embedPolicy(match[1]!);
    sendJson(res, 200, { frameAncestors: policy.frameAncestors, header: frameAncestorsHeader(policy) });
    return true;
  };
}
