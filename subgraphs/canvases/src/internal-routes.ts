import { timingSafeEqual } from 'node:crypto';
import { createInternalTokenCodec } from '@tessera/auth';
import { isAppError, type ErrorCodeName } from '@tessera/errors';
import { identityFromHeaders, readJsonBody, sendJson, type Route } from '@tessera/service-kit';
import type { Repositories } from './data/index.ts';
import { frameAncestorsHeader } from './services/embed-origins.ts';
import type { Mailer } from './services/deliveries/senders/email.ts';
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

const SHORT_LINK_PATH = /^\/internal\/short-links\/([0-9A-Za-z]{10,32})$/;

/**
 * For the gateway's /s/<code>: GET /internal/short-links/<code> → { path: "/embed/<token>" } while
 * the link is valid; 404 for an unknown, revoked or expired link or a deleted canvas; 401 without
 * the internal secret.
 */
export function shortLinkRoute(services: Pick<CanvasesServices, 'shares'>, internalSecret: string): Route {
  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/internal/short-links/')) return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) {
      sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      return true;
    }
    const match = req.method === 'GET' ? SHORT_LINK_PATH.exec(path) : null;
    const embedPath = match ? await services.shares.resolveShortCode(match[1]!) : null;
    if (!embedPath) sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'Short link not found' } });
    else sendJson(res, 200, { path: embedPath });
    return true;
  };
}

const BLOCKS_PATH =
  /^\/internal\/canvases\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/blocks$/i;

const STATUS: Partial<Record<ErrorCodeName, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

/**
 * For the SQL assistant (askCanvas): POST /internal/canvases/<id>/blocks `{ blocks: [...] }` adds a
 * wired set of blocks (BlockService.addWired) as the caller, whose gateway-signed identity the
 * assistant forwards in `x-tessera-identity`: EDITOR on the canvas, checked here like any block
 * mutation [P3][P4]. `{ blocks: [] }` only checks that. → 200 `{ canvas: { id, organizationId,
 * projectId }, blocks }`, or the AppError's code
 * and client-safe message with 400/401/403/404/409.
 */
export function wiredBlocksRoute(services: Pick<CanvasesServices, 'blocks'>, internalSecret: string): Route {
  const codec = createInternalTokenCodec(internalSecret);
  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const match = req.method === 'POST' ? BLOCKS_PATH.exec(path) : null;
    if (!match) return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) {
      sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      return true;
    }
    try {
      const identity = await identityFromHeaders(req.headers, codec);
      const body = (await readJsonBody(req, 1_048_576).catch(() => null)) as { blocks?: unknown } | null;
      if (!body || !Array.isArray(body.blocks)) {
        sendJson(res, 400, { error: { code: 'BAD_USER_INPUT', message: 'blocks must be a list' } });
        return true;
      }
      sendJson(res, 200, await services.blocks.addWired(identity, match[1]!.toLowerCase(), body.blocks));
    } catch (error) {
      const status = isAppError(error) ? STATUS[error.code] : undefined;
      if (!isAppError(error) || !status) throw error;
      sendJson(res, status, { error: { code: error.code, message: error.message, field: error.field } });
    }
    return true;
  };
}

const MAIL_LIMITS = { to: 320, subject: 200, text: 20_000, link: 2_000 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For the comments service (mention and assignment emails): POST /internal/mail
 * `{ messageId, organizationId, to, subject, text, link? }` sends one plain-text email through the
 * platform's mail path (SMTP_URL, or the organization's outbox in Settings → Outbox); `link` is a
 * path of the web app, appended as `${PUBLIC_URL}${link}`. The messageId (a UUID) makes a retry a
 * no-op in the outbox. → 202; 400 on a malformed body; 401 without the internal secret.
 */
export function mailRoute(mailer: Mailer, internalSecret: string, publicUrl: string): Route {
  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path !== '/internal/mail') return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) {
      sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      return true;
    }
    const body = (
      req.method === 'POST' ? await readJsonBody(req, 64 * 1024).catch(() => null) : null
    ) as Record<string, unknown> | null;
    const text = (key: string, max: number) =>
      typeof body?.[key] === 'string' && (body[key] as string).length <= max ? (body[key] as string) : null;
    const messageId = text('messageId', 36);
    const organizationId = text('organizationId', 36);
    const to = text('to', MAIL_LIMITS.to);
    const subject = text('subject', MAIL_LIMITS.subject);
    const content = text('text', MAIL_LIMITS.text);
    const link = body?.link === undefined ? '' : text('link', MAIL_LIMITS.link);
    if (
      !messageId ||
      !UUID.test(messageId) ||
      !organizationId ||
      !UUID.test(organizationId) ||
      !to ||
      !EMAIL.test(to) ||
      !subject?.trim() ||
      content === null ||
      link === null ||
      (link !== '' && !link.startsWith('/'))
    ) {
      sendJson(res, 400, { error: { code: 'BAD_USER_INPUT', message: 'Not a valid mail request' } });
      return true;
    }
    await mailer.sendText(to, {
      messageId,
      organizationId,
      subject: subject.replace(/[\r\n]+/g, ' '),
      text: link ? `${content}\n\nOpen it in Tessera: ${publicUrl.replace(/\/$/, '')}${link}` : content,
    });
    sendJson(res, 202, { ok: true });
    return true;
  };
}
