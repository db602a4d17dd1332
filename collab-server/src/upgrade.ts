import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '@tessera/logger';
import type { RawData, WebSocketServer } from 'ws';
import { parseProtocols, tokenFromProtocols, type Authorize } from './auth.ts';
import { CloseCode } from '@tessera/canvas-model/collab';
import { Connection } from './rooms/connection.ts';
import { decodeClientMessage } from './rooms/messages.ts';
import type { RoomRegistry } from './rooms/registry.ts';

export interface UpgradeContext {
  wss: WebSocketServer;
  registry: RoomRegistry;
  authorize: Authorize;
  logger: Logger;
  pathPrefix: string;
  maxBufferedBytes: number;
  isStopping: () => boolean;
  connections: Set<Connection>;
  onRefused: (code: number) => void;
}

const CANVAS_ID = /^[\w-]{1,128}$/;

/** `<prefix>/<canvasId>` -> the id; 'invalid' for a malformed id; null when the path is not ours. */
export function matchCanvasPath(url: string, prefix: string): { canvasId: string } | 'invalid' | null {
  let pathname: string;
  try {
    pathname = new URL(url, 'http://localhost').pathname;
  } catch {
    return null;
  }
  if (!pathname.startsWith(`${prefix}/`)) return null;
  const id = decodeURIComponent(pathname.slice(prefix.length + 1));
  return CANVAS_ID.test(id) ? { canvasId: id } : 'invalid';
}

/** Handles an HTTP upgrade for the collab path; false when the path is someone else's. */
export function handleCollabUpgrade(
  ctx: UpgradeContext,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
): boolean {
  const match = matchCanvasPath(req.url ?? '/', ctx.pathPrefix);
  if (match === null) return false;
  // A client that goes away while we authorize must not crash the process.
  socket.on('error', () => undefined);
  accept(ctx, req, socket, head, match).catch((error: unknown) => {
    ctx.logger.error({ err: error }, 'accepting a collab connection failed');
    refuse(ctx, req, socket, head, CloseCode.InternalError, 'Internal error');
  });
  return true;
}

/** Completes the handshake only to close with a code the client can read [A3]. */
function refuse(
  ctx: UpgradeContext,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  code: number,
  reason: string,
): void {
  ctx.onRefused(code);
  if (!socket.readable || !socket.writable) {
    socket.destroy();
    return;
  }
  ctx.wss.handleUpgrade(req, socket, head, (ws) => ws.close(code, closeReason(reason)));
}

/** A close reason is at most 123 bytes; a longer one would make ws throw and the code get lost. */
export function closeReason(reason: string): string {
  let result = reason;
  while (Buffer.byteLength(result) > 123) result = result.slice(0, -1);
  return result;
}

async function accept(
  ctx: UpgradeContext,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  match: { canvasId: string } | 'invalid',
): Promise<void> {
  if (ctx.isStopping()) return refuse(ctx, req, socket, head, CloseCode.ServerRestart, 'Server stopping');
  if (match === 'invalid') return refuse(ctx, req, socket, head, CloseCode.UnknownCanvas, 'Unknown canvas');
  const { canvasId } = match;
  const token = tokenFromProtocols(parseProtocols(req.headers['sec-websocket-protocol']));
  if (!token) return refuse(ctx, req, socket, head, CloseCode.Unauthenticated, 'Missing token');

  let auth: Awaited<ReturnType<Authorize>>;
  const authorizedAt = Date.now();
  try {
    auth = await ctx.authorize({ token, canvasId });
  } catch (error) {
    ctx.logger.error({ err: error, canvasId }, 'authorize failed');
    return refuse(ctx, req, socket, head, CloseCode.InternalError, 'Authorization unavailable');
  }
  if (!auth.ok) {
    ctx.logger.info({ canvasId, code: auth.code }, 'collab connection refused');
    return refuse(ctx, req, socket, head, auth.code, auth.reason);
  }
  if (socket.destroyed) return;

  const acquired = await ctx.registry.acquire(canvasId);
  if (!acquired.ok) {
    return acquired.reason === 'full'
      ? refuse(ctx, req, socket, head, CloseCode.CanvasFull, 'Canvas full, try again later')
      : refuse(ctx, req, socket, head, CloseCode.UnknownCanvas, 'Unknown canvas');
  }
  const room = acquired.room;
  if (ctx.isStopping() || socket.destroyed || !socket.writable) {
    ctx.registry.release(room);
    return refuse(ctx, req, socket, head, CloseCode.ServerRestart, 'Server stopping');
  }

  let attached = false;
  ctx.wss.handleUpgrade(req, socket, head, (ws) => {
    attached = true;
    const { user, access } = auth;
    const logger = ctx.logger.child({ canvasId, userId: user.id, access });
    const connection = new Connection(ws, user, access, logger, ctx.maxBufferedBytes, {
      token,
      canvasId,
      authorizedAt,
    });
    logger.debug({ conn: connection.key }, 'client connected');
    ws.on('message', (data: RawData, isBinary: boolean) => {
      // Nothing is accepted once the server decided to close the connection (e.g. access revoked
      // on re-authorization [A7]), even while the client has not yet answered the close frame.
      if (!isBinary || !connection.isOpen) return;
      try {
        room.handle(connection, decodeClientMessage(toBytes(data)));
      } catch (error) {
        logger.debug({ err: error }, 'malformed message');
        connection.close(CloseCode.InvalidMessage, 'Malformed message');
      }
    });
    ws.on('error', (error: Error) => logger.debug({ err: error.message }, 'socket error'));
    ws.on('close', (code: number) => {
      ctx.connections.delete(connection);
      room.detach(connection);
      logger.debug({ conn: connection.key, code }, 'client disconnected');
    });
    ctx.connections.add(connection);
    room.attach(connection);
  });
  // ws calls back synchronously when it accepts; otherwise it has already answered the socket.
  ctx.registry.release(room);
  if (!attached) socket.destroy();
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
