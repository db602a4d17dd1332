import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import { selectProtocol, type Authorize } from './auth.ts';
import type { CollabConfig } from './config.ts';
import { projectBlocks, type BlocksProjection } from '@tessera/canvas-model';
import { CloseCode } from '@tessera/canvas-model/collab';
import { registerCollabMetrics } from './metrics.ts';
import { startReauthorizing } from './reauthorize.ts';
import type { PersistenceAdapter } from './persistence/types.ts';
import type { CanvasBus } from './redis/bus-messages.ts';
import { RedisBus } from './redis/redis-bus.ts';
import type { Connection } from './rooms/connection.ts';
import { HEARTBEAT_MESSAGE } from './rooms/messages.ts';
import { RoomRegistry } from './rooms/registry.ts';
import { handleCollabUpgrade } from './upgrade.ts';

export { loadConfig, type CollabConfig } from './config.ts';
export {
  accessFor,
  createDevAuthorize,
  type AccessLevel,
  type Authorize,
  type AuthorizeResult,
  type CanvasRole,
  type CollabUser,
} from './auth.ts';
export type { PersistenceAdapter, StoredCanvas, StorePayload } from './persistence/types.ts';
export { FilePersistence } from './persistence/file-persistence.ts';
export { MemoryPersistence } from './persistence/memory-persistence.ts';
export { CloseCode, COLLAB_SUBPROTOCOL } from '@tessera/canvas-model/collab';
export { SERVER_ORIGIN } from '@tessera/canvas-model';
export { createCanvasUpdatePublisher, type CanvasUpdatePublisher } from './redis/publisher.ts';
export { registerCollabMetrics } from './metrics.ts';
export { createCollabAuthorize, type CollabAuthDeps } from './platform-authorize.ts';

export interface CollabServerDeps {
  config: CollabConfig;
  logger: Logger;
  authorize: Authorize;
  persistence: PersistenceAdapter;
  /** Scale-out [R1]; usually `{ url: config.REDIS_URL }` when it is set. */
  redis?: { url: string; channelPrefix?: string };
}

export interface ApplyOptions {
  /** Load the canvas when it is not live here (default: true with Redis, false without) [S8]. */
  loadIfIdle?: boolean;
  /**
   * Resolve only once the change is stored (default true): a caller that acknowledges the change
   * (a GraphQL mutation) then never acknowledges something a crash can lose [S10]. `false`: resolve
   * once applied, storage follows per S3.
   */
  waitForStore?: boolean;
}

export interface CloseOptions {
  /** Give up waiting for storage after this long (default 4000 ms); clients keep their edits [S14]. */
  timeoutMs?: number;
}

export interface CollabStats {
  canvases: number;
  /** Loaded canvases whose stores keep failing (clients told, edits refused) [S12]. */
  canvasesNotSaving: number;
  connections: number;
  /** Handshakes refused since start, by close code. */
  refused: Record<string, number>;
  /**
   * Open connections closed by a periodic re-authorization since start, by close code [A7]:
   * 4401/4403/4404 as `authorize` answered, 1012 when the access level changed.
   */
  reauthorizeClosed: Record<string, number>;
  /** Re-authorizations whose `authorize` threw since start (each connection was kept) [A7]. */
  reauthorizeErrors: number;
  /** Scale-out through Redis is configured. */
  redis: boolean;
  /** Redis is configured and both of its connections are ready now. */
  redisConnected: boolean;
}

export interface CollabServer {
  /** Listens on COLLAB_PORT (port 0: any free port). `{ listen: false }` when mounted with handleUpgrade only. */
  start(options?: { listen?: boolean }): Promise<{ port: number; url: string }>;
  /**
   * Graceful shutdown [S14]: refuses new connections and edits, closes every client with 1001
   * (going away; they reconnect to the next instance), stores every loaded canvas, disconnects
   * Redis. Resolves within `timeoutMs` (+ a little) even when storage hangs; never rejects.
   * Call it before the gateway and the database stop.
   */
  close(options?: CloseOptions): Promise<void>;
  /** Same as close() (kept for existing callers). */
  stop(): Promise<void>;
  /** For a host HTTP server: handles `<COLLAB_PATH>/<canvasId>` upgrades, false for other paths. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /**
   * Applies a change to the live document and, by default, resolves once it is stored [S8][S10];
   * false when the canvas is not live here. Throws AppError UNAVAILABLE when it could not be
   * stored (it may still be stored later) or storing this canvas keeps failing [S12], and
   * BAD_USER_INPUT when it breaks a size limit (then nothing changed) [L5][L6].
   */
  applyToCanvas(canvasId: string, change: (doc: Y.Doc) => void, options?: ApplyOptions): Promise<boolean>;
  /** The blocks of a canvas live here, or null (to serve reads fresher than storage). */
  liveProjection(canvasId: string): BlocksProjection | null;
  stats(): CollabStats;
}

/** Builds the collab server; nothing happens until start(). */
export function createServer(deps: CollabServerDeps): CollabServer {
  const { config, logger, authorize, persistence } = deps;
  const connections = new Set<Connection>();
  const refused: Record<string, number> = {};
  const reauthorizeClosed: Record<string, number> = {};
  let reauthorizeErrors = 0;
  let stopReauthorizing: (() => void) | null = null;
  let registry: RoomRegistry | null = null;
  let wss: WebSocketServer | null = null;
  let bus: CanvasBus | null = null;
  let http: HttpServer | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let stopping = false;

  function tick(): void {
    for (const connection of connections) {
      if (connection.awaitingPong) {
        connection.logger.debug('no pong, terminating');
        connection.terminate();
        continue;
      }
      connection.awaitingPong = true;
      try {
        connection.ws.ping();
      } catch {
        connection.terminate();
        continue;
      }
      if (!connection.sentSinceHeartbeat) connection.send(HEARTBEAT_MESSAGE);
      connection.sentSinceHeartbeat = false;
    }
    for (const room of registry?.all() ?? []) room.presence.sweep();
  }

  function stats(): CollabStats {
    return {
      canvases: registry?.size ?? 0,
      canvasesNotSaving: registry?.all().filter((room) => room.notSaving).length ?? 0,
      connections: connections.size,
      refused: { ...refused },
      reauthorizeClosed: { ...reauthorizeClosed },
      reauthorizeErrors,
      redis: Boolean(bus),
      redisConnected: bus?.connected ?? false,
    };
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    if (!registry || !wss) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return true;
    }
    return handleCollabUpgrade(
      {
        wss,
        registry,
        authorize,
        logger,
        pathPrefix: config.COLLAB_PATH,
        maxBufferedBytes: config.COLLAB_MAX_BUFFERED_BYTES,
        isStopping: () => stopping,
        connections,
        onRefused: (code) => {
          refused[code] = (refused[code] ?? 0) + 1;
        },
      },
      req,
      socket,
      head,
    );
  }

  let closing: Promise<void> | null = null;
  function close(options: CloseOptions = {}): Promise<void> {
    closing ??= closeNow(options.timeoutMs ?? 4_000);
    return closing;
  }

  async function closeNow(timeoutMs: number): Promise<void> {
    stopping = true;
    if (heartbeat) clearInterval(heartbeat);
    stopReauthorizing?.();
    const closed = http ? new Promise<void>((resolve) => http!.close(() => resolve())) : Promise.resolve();
    // Clients first, so nothing changes while storing; they hold every edit and resync on reconnect [S9].
    for (const connection of connections) connection.close(CloseCode.GoingAway, 'Server shutting down');
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)),
    );
    const stored = (registry?.closeAll() ?? Promise.resolve([])).catch((error: unknown) => {
      logger.error({ err: error }, 'storing canvases on shutdown failed');
      return ['*'];
    });
    const outcome = await Promise.race([stored, deadline]);
    clearTimeout(timer);
    if (outcome === 'timeout')
      logger.error(
        { timeoutMs },
        'shutdown: storage did not answer in time; clients keep their edits and resync',
      );
    else if (outcome.length > 0)
      logger.error({ canvases: outcome }, 'some canvases were not stored on shutdown');
    // Sockets whose close handshake has not completed are not waited for.
    for (const connection of connections) connection.terminate();
    connections.clear();
    await Promise.race([
      bus?.close().catch((error: unknown) => logger.warn({ err: error }, 'closing Redis failed')),
      new Promise((resolve) => setTimeout(resolve, 1_000).unref()),
    ]);
    http?.closeAllConnections();
    await closed;
    wss?.close();
    logger.info('collab server stopped');
  }

  return {
    async start({ listen = true } = {}) {
      if (registry) throw new Error('collab server already started');
      if (deps.redis) {
        const redisBus = await RedisBus.connect({
          url: deps.redis.url,
          channelPrefix: deps.redis.channelPrefix ?? config.COLLAB_REDIS_PREFIX,
          logger: logger.child({ component: 'redis' }),
        });
        redisBus.onResync(() => {
          for (const room of registry?.all() ?? []) room.requestPeerSync(true);
        });
        bus = redisBus;
      }
      registry = new RoomRegistry({
        logger,
        idleUnloadMs: config.COLLAB_IDLE_UNLOAD_MS,
        maxClientsPerCanvas: config.COLLAB_MAX_CLIENTS_PER_CANVAS,
        roomOptions: {
          persistence,
          bus,
          storeDebounceMs: config.COLLAB_STORE_DEBOUNCE_MS,
          storeMaxWaitMs: config.COLLAB_STORE_MAX_WAIT_MS,
          presenceThrottleMs: config.COLLAB_PRESENCE_THROTTLE_MS,
          maxDocumentBytes: config.COLLAB_MAX_DOCUMENT_BYTES,
        },
      });
      wss = new WebSocketServer({
        noServer: true,
        clientTracking: false,
        perMessageDeflate: false,
        maxPayload: config.COLLAB_MAX_MESSAGE_BYTES,
        handleProtocols: (protocols) => selectProtocol(protocols),
      });
      heartbeat = setInterval(tick, config.COLLAB_HEARTBEAT_MS);
      heartbeat.unref();
      stopReauthorizing = startReauthorizing({
        connections,
        authorize,
        intervalMs: config.COLLAB_REAUTHORIZE_MS,
        logger,
        isStopping: () => stopping,
        onClosed: (code) => {
          reauthorizeClosed[code] = (reauthorizeClosed[code] ?? 0) + 1;
        },
        onError: () => {
          reauthorizeErrors++;
        },
      });
      if (!listen) return { port: 0, url: '' };

      // Listening alone: this server serves its own metrics (mounted, the host process owns them).
      const metrics = new Registry();
      metrics.setDefaultLabels({ service: 'collab' });
      collectDefaultMetrics({ register: metrics });
      registerCollabMetrics(metrics, stats);
      const server = createHttpServer((req, res) => {
        // Liveness: the process answers (no dependency checks); readiness stays /health.
        if (req.method === 'GET' && req.url?.split('?')[0] === '/livez') {
          res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
          res.end(JSON.stringify({ status: 'ok' }));
          return;
        }
        if (req.method === 'GET' && req.url === '/health') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({ status: 'ok', canvases: registry?.size ?? 0, connections: connections.size }),
          );
          return;
        }
        if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') {
          metrics.metrics().then(
            (text) => {
              res.writeHead(200, { 'content-type': metrics.contentType });
              res.end(text);
            },
            (error: unknown) => {
              logger.error({ err: error }, 'collecting metrics failed');
              res.writeHead(500, { 'content-type': 'text/plain' });
              res.end('Metrics unavailable');
            },
          );
          return;
        }
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
      });
      server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        if (!handleUpgrade(req, socket, head))
          socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      });
      http = server;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.COLLAB_PORT, config.HOST, () => resolve());
      });
      const { port } = server.address() as AddressInfo;
      const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
      logger.info({ port, redis: Boolean(bus) }, 'collab server listening');
      return { port, url: `ws://${host}:${port}${config.COLLAB_PATH}` };
    },

    close,
    stop: () => close(),

    handleUpgrade,

    async applyToCanvas(canvasId, change, options = {}) {
      if (!registry || stopping) return false;
      let room = registry.getLive(canvasId);
      if (!room) {
        if (!(options.loadIfIdle ?? Boolean(bus))) return false;
        const loaded = await registry.load(canvasId);
        if (!loaded) throw AppError.notFound('Canvas');
        room = loaded;
      }
      room.applyChange(change);
      if (room.connections.size === 0 && room.pending === 0) registry.scheduleUnload(room);
      if (options.waitForStore ?? true) {
        try {
          await room.flush();
        } catch (error) {
          logger.error({ err: error, canvasId }, 'a server-side change could not be stored');
          throw new AppError('UNAVAILABLE', 'The change could not be saved; try again shortly');
        }
      }
      return true;
    },

    liveProjection(canvasId) {
      const room = registry?.getLive(canvasId);
      return room ? projectBlocks(room.doc) : null;
    },

    stats,
  };
}
