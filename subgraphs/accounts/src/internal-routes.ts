import { timingSafeEqual } from 'node:crypto';
import type { Route } from '@tessera/service-kit';
import { readJsonBody, sendJson } from '@tessera/service-kit';
import { isAppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { AuditEntryInput, Repositories } from './data/index.ts';
import type { AuditOutcomeInput } from './data/audit-repo.ts';
import type { Authenticate } from './services/authenticate.ts';

export const AUTHENTICATE_PATH = '/internal/authenticate';
const PROJECT_PATH = /^\/internal\/projects\/([0-9a-f-]{36})$/;
const MEMBERS_PATH = /^\/internal\/organizations\/([0-9a-f-]{36})\/members$/;
const USER_PATH = /^\/internal\/users\/([0-9a-f-]{36})$/;

export function secretMatches(given: string | string[] | undefined, expected: string): boolean {
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

/** Project directory for other services: GET /internal/projects/<id> → { id, organizationId }. */
export function projectDirectoryRoute(repos: Repositories, internalSecret: string): Route {
  return async (req, res) => {
    const match = req.method === 'GET' ? PROJECT_PATH.exec(req.url ?? '') : null;
    if (!match) return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) {
      sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      return true;
    }
    const organizationId = await repos.organizations.projectOrganization(match[1]!);
    if (!organizationId) sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'Project not found' } });
    else sendJson(res, 200, { id: match[1], organizationId });
    return true;
  };
}

/** Members of an organization for other services (mentions): GET /internal/organizations/<id>/members. */
export function membersRoute(repos: Repositories, internalSecret: string): Route {
  return async (req, res) => {
    const match = req.method === 'GET' ? MEMBERS_PATH.exec(req.url ?? '') : null;
    if (!match) return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) {
      sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      return true;
    }
    const members = await repos.organizations.members(match[1]!);
    const active = members.filter((m) => m.userId !== null);
    const users = await repos.users.findByIds(active.map((m) => m.userId!));
    const names = new Map(users.map((u) => [u.id, u.name]));
    sendJson(res, 200, {
      members: active.map((m) => ({
        userId: m.userId,
        name: names.get(m.userId!) ?? m.email,
        email: m.email,
        role: m.role,
      })),
    });
    return true;
  };
}

/**
 * The gateway's audit log writes. POST /internal/audit with { entries } appends them to the hash
 * chain and answers { appended, ids } only once they are committed (the gateway appends a
 * mutation's entry before running it). POST /internal/audit/outcomes with { outcomes: [{ entryId,
 * outcome, targetIds }] } records what those mutations returned; retries are harmless.
 * A database that does not answer is 503 (the gateway keeps the batch and retries), never a drop.
 */
export function auditRoute(repos: Repositories, internalSecret: string, logger: Logger): Route {
  return async (req, res) => {
    if (req.method !== 'POST' || (req.url !== '/internal/audit' && req.url !== '/internal/audit/outcomes'))
      return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) {
      sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      return true;
    }
    const body = (await readJsonBody(req, 4 * 1_048_576).catch(() => null)) as {
      entries?: AuditEntryInput[];
      outcomes?: AuditOutcomeInput[];
    } | null;
    const outcomes = req.url === '/internal/audit/outcomes';
    const list = outcomes ? body?.outcomes : body?.entries;
    if (!Array.isArray(list)) {
      sendJson(res, 400, {
        error: { code: 'BAD_USER_INPUT', message: `${outcomes ? 'outcomes' : 'entries'} is required` },
      });
      return true;
    }
    try {
      if (outcomes) {
        await repos.audit.complete(list as AuditOutcomeInput[]);
        sendJson(res, 200, { completed: list.length });
        return true;
      }
      const entries = await Promise.all(
        (list as AuditEntryInput[]).map(async (entry) => ({
          ...entry,
          // A mutation naming only a project is filed under the project's organization.
          organizationId:
            entry.organizationId ??
            (entry.projectId
              ? await repos.organizations.projectOrganization(entry.projectId).catch(() => null)
              : null),
        })),
      );
      const ids = await repos.audit.append(entries);
      sendJson(res, 200, { appended: ids.length, ids });
    } catch (error) {
      logger.error({ err: error }, outcomes ? 'audit outcomes not recorded' : 'audit entries not appended');
      const unavailable = isAppError(error) && error.code === 'UNAVAILABLE';
      sendJson(res, unavailable ? 503 : 500, {
        error: unavailable
          ? { code: 'UNAVAILABLE', message: 'Audit log unavailable' }
          : { code: 'INTERNAL_SERVER_ERROR', message: 'Internal error' },
      });
    }
    return true;
  };
}

/** A user's display name for other services (collab presence): GET /internal/users/<id>. */
export function userRoute(repos: Repositories, internalSecret: string): Route {
  return async (req, res) => {
    const match = req.method === 'GET' ? USER_PATH.exec(req.url ?? '') : null;
    if (!match) return false;
    if (!secretMatches(req.headers['x-internal-secret'], internalSecret)) {
      sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Internal callers only' } });
      return true;
    }
    const [user] = await repos.users.findByIds([match[1]!]);
    if (!user) sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'User not found' } });
    else sendJson(res, 200, { id: user.id, name: user.name });
    return true;
  };
}
