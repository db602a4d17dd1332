import { COLLAB_SUBPROTOCOL, CloseCode } from '@tessera/canvas-model/collab';

export type AccessLevel = 'read-write' | 'read-only';

export interface CollabUser {
  id: string;
  name: string;
}

export type AuthorizeResult =
  | { ok: true; user: CollabUser; access: AccessLevel }
  | {
      ok: false;
      code: typeof CloseCode.Unauthenticated | typeof CloseCode.Forbidden | typeof CloseCode.UnknownCanvas;
      reason: string;
    };

/**
 * The authorization hook [A2]: verifies the token (access JWT or share token) and decides the
 * access to the canvas. Implemented by the platform (JWT verification, memberships, share links).
 * Called at the handshake and again every COLLAB_REAUTHORIZE_MS for each open connection [A7]:
 * answer 4401 only when the token itself is invalid, and throw when the answer is unknown
 * (dependency unreachable), which keeps open connections instead of closing them all.
 */
export type Authorize = (request: { token: string; canvasId: string }) => Promise<AuthorizeResult>;

export type CanvasRole = 'OWNER' | 'ADMIN' | 'EDITOR' | 'VIEWER';

/** Membership role or share link -> access [A4]. */
export function accessFor(grant: { role: CanvasRole } | { shareLink: true }): AccessLevel {
  if ('shareLink' in grant) return 'read-only';
  return grant.role === 'VIEWER' ? 'read-only' : 'read-write';
}

/** The offered subprotocols, in the client's order. */
export function parseProtocols(header: string | string[] | undefined): string[] {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The token: the entry after `tessera.v1` [A1]. */
export function tokenFromProtocols(protocols: string[]): string | null {
  const index = protocols.indexOf(COLLAB_SUBPROTOCOL);
  if (index < 0) return null;
  const token = protocols[index + 1];
  return token && token !== COLLAB_SUBPROTOCOL ? token : null;
}

/**
 * The subprotocol the server answers with. `tessera.v1` when offered; otherwise the first offered
 * one, only so that the handshake completes and the client can read the 4401 close code [A3].
 */
export function selectProtocol(protocols: Set<string>): string | false {
  if (protocols.has(COLLAB_SUBPROTOCOL)) return COLLAB_SUBPROTOCOL;
  const first = protocols.values().next();
  return first.done ? false : first.value;
}

const DEV_TOKEN = /^dev\.(rw|ro)\.([\w-]{1,64})$/;

/**
 * Standalone development only (COLLAB_DEV_AUTH=true): token `dev.rw.<userId>` is read-write,
 * `dev.ro.<userId>` read-only, on every canvas. Never enabled in production (config refuses).
 */
export function createDevAuthorize(): Authorize {
  return async ({ token }) => {
    const match = DEV_TOKEN.exec(token);
    if (!match) return { ok: false, code: CloseCode.Unauthenticated, reason: 'Invalid token' };
    const userId = match[2]!;
    return {
      ok: true,
      user: { id: userId, name: userId },
      access: match[1] === 'rw' ? 'read-write' : 'read-only',
    };
  };
}
