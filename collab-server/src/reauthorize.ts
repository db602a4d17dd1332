import type { Logger } from '@tessera/logger';
import type { Authorize, AuthorizeResult } from './auth.ts';
import { CloseCode } from '@tessera/canvas-model/collab';
import type { Connection } from './rooms/connection.ts';
import { closeReason } from './upgrade.ts';

/**
 * The close code when re-authorization finds the access level changed (read-write <-> read-only):
 * 1012 is transient for every client of ours (`shouldReconnect` of `@tessera/canvas-model/collab`
 * and y-websocket 3's default both retry it, the web app has no special case for it), so the client
 * reconnects at once (backoff 200 ms after a synced connection) and the handshake gives it the new
 * access. A 44xx code would stop it; 1008 (policy) is not one clients treat as transient by contract.
 */
export const ACCESS_CHANGED_CLOSE_CODE = CloseCode.ServerRestart;
export const ACCESS_CHANGED_REASON = 'Access changed, reconnect';

export interface ReauthorizeContext {
  connections: ReadonlySet<Connection>;
  authorize: Authorize;
  /** COLLAB_REAUTHORIZE_MS. */
  intervalMs: number;
  logger: Logger;
  isStopping: () => boolean;
  /** A connection was closed because of a re-authorization answer (by close code). */
  onClosed: (code: number) => void;
  /** `authorize` threw during a re-authorization; the connection was kept. */
  onError: () => void;
  now?: () => number;
  random?: () => number;
}

/** How often due connections are looked for: a tenth of the interval, between 50 ms and 1 s. */
export function sweepPeriodMs(intervalMs: number): number {
  return Math.min(1_000, Math.max(50, Math.round(intervalMs / 10)));
}

/**
 * Spread of the due times: up to a tenth of the interval (at most 5 s) is added at random each
 * time, so connections opened together (e.g. everyone reconnecting after a deploy) do not call
 * `authorize` together ever after.
 */
export function jitterMs(intervalMs: number, random: () => number): number {
  return Math.floor(random() * Math.min(intervalMs / 10, 5_000));
}

/**
 * Re-authorizes open connections [A7]: each one whose access was last confirmed more than
 * `intervalMs` ago (plus its jitter) gets `authorize({ token, canvasId })` again with the token and
 * canvas it opened with, one call in flight per connection at most. Returns a function that stops it.
 */
export function startReauthorizing(ctx: ReauthorizeContext): () => void {
  const now = ctx.now ?? Date.now;
  const random = ctx.random ?? Math.random;
  const dueAfter = (from: number) => from + ctx.intervalMs + jitterMs(ctx.intervalMs, random);

  function sweep(): void {
    if (ctx.isStopping()) return;
    const time = now();
    for (const connection of ctx.connections) {
      if (connection.reauthorizing || !connection.isOpen) continue;
      connection.reauthorizeAt ??= dueAfter(connection.authorizedAt);
      if (time >= connection.reauthorizeAt) void reauthorize(connection);
    }
  }

  async function reauthorize(connection: Connection): Promise<void> {
    connection.reauthorizing = true;
    const startedAt = now();
    let result: AuthorizeResult;
    try {
      result = await ctx.authorize(connection.authorizeRequest());
    } catch (error) {
      // Availability over a transient outage: when the accounts service (or whatever authorize
      // asks) is unreachable, we cannot tell revoked from still allowed, and closing would only
      // make every client fail its reconnect against the same outage. The connection keeps the
      // access it last had; the next interval tries again.
      connection.reauthorizing = false;
      if (!connection.isOpen) return;
      connection.reauthorizeAt = dueAfter(startedAt);
      ctx.onError();
      connection.logger.warn(
        { err: error, conn: connection.key, sinceAuthorizedMs: startedAt - connection.authorizedAt },
        're-authorization failed, keeping the connection until the next attempt',
      );
      return;
    }
    connection.reauthorizing = false;
    // Closed meanwhile (client left, server stopping): nothing to decide.
    if (!connection.isOpen || ctx.isStopping()) return;
    if (!result.ok) {
      connection.logger.info(
        { conn: connection.key, code: result.code },
        'access revoked on re-authorization, closing',
      );
      close(connection, result.code, result.reason);
      return;
    }
    if (result.access !== connection.access || result.user.id !== connection.user.id) {
      connection.logger.info(
        { conn: connection.key, access: result.access },
        'access changed on re-authorization, closing so that the client reconnects',
      );
      close(connection, ACCESS_CHANGED_CLOSE_CODE, ACCESS_CHANGED_REASON);
      return;
    }
    connection.authorizedAt = startedAt;
    connection.reauthorizeAt = dueAfter(startedAt);
  }

  /** The ordinary close path: the socket's 'close' event detaches it from its room and presence. */
  function close(connection: Connection, code: number, reason: string): void {
    ctx.onClosed(code);
    connection.close(code, closeReason(reason));
  }

  const timer = setInterval(sweep, sweepPeriodMs(ctx.intervalMs));
  timer.unref();
  return () => clearInterval(timer);
}
