import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import { runCommand } from './commands/dispatch.ts';
import type { ServerState } from './commands/types.ts';
import { serveConnection } from './connection.ts';
import { CursorManager } from './cursors.ts';
import { silentLog } from './log.ts';
import type { LogFn } from './log.ts';
import { DataDir } from './storage/data-dir.ts';
import { Engine } from './storage/engine.ts';
import { sweepExpired } from './storage/ttl.ts';

export interface StartOptions {
  /** TCP port; 0 picks a free one. Default 27017. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Data directory; in memory when absent. */
  dbPath?: string;
  /** fdatasync the journal before acknowledging writes. Default true. */
  fsync?: boolean;
  /** Journal size that triggers a background compaction. Default 64 MiB. */
  compactThresholdBytes?: number;
  /** How often TTL indexes are applied. Default 60 s, like mongod. */
  ttlIntervalMs?: number;
  /** Logging hook; silent by default. */
  log?: LogFn;
}

export interface RunningServer {
  port: number;
  host: string;
  /** A connection string for the driver, e.g. `mongodb://127.0.0.1:27017`. */
  uri: string;
  /** Closes client connections, flushes and compacts the data directory, releases the port. */
  stop(): Promise<void>;
}

const DEFAULT_COMPACT_THRESHOLD = 64 * 1024 * 1024;

export async function start(options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? silentLog;
  const host = options.host ?? '127.0.0.1';
  const engine = new Engine();
  let dataDir: DataDir | null = null;
  if (options.dbPath) {
    dataDir = await DataDir.open(
      options.dbPath,
      {
        fsync: options.fsync ?? true,
        compactThresholdBytes: options.compactThresholdBytes ?? DEFAULT_COMPACT_THRESHOLD,
        log,
      },
      (record) => {
        try {
          engine.apply(record);
        } catch (err) {
          log('warn', `skipped unreplayable record ${String(record.o)}: ${(err as Error).message}`);
        }
      },
    );
    engine.writeLog = dataDir;
    if (dataDir.recoveredRecords > 0) await dataDir.compact(() => engine.capture());
  }
  const store = dataDir;
  const capture = () => engine.capture();
  const compactInBackground = (): void => {
    if (!store?.needsCompaction()) return;
    store.compact(capture).catch((err: unknown) => log('error', `compaction failed: ${String(err)}`));
  };
  const commit = async (): Promise<void> => {
    if (!store) return;
    await store.commit();
    compactInBackground();
  };

  const cursors = new CursorManager();
  const sockets = new Set<Socket>();
  let connectionCounter = 0;
  const state: ServerState = {
    startedAt: new Date(),
    host,
    port: options.port ?? 27017,
    dbPath: options.dbPath ? resolve(options.dbPath) : null,
    connectionCount: () => sockets.size,
  };

  const server = createServer((socket) => {
    const id = ++connectionCounter;
    const conn = { id, remote: `${socket.remoteAddress ?? ''}:${socket.remotePort ?? 0}` };
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    log('debug', `connection ${id} from ${conn.remote}`);
    serveConnection(socket, {
      id,
      log,
      run: (body) => runCommand(body, { engine, cursors, server: state, conn, commit }),
    });
  });

  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(state.port, host, () => {
        server.off('error', reject);
        resolveListen();
      });
    });
  } catch (err) {
    cursors.close();
    await dataDir?.close(capture);
    throw err;
  }
  state.port = (server.address() as AddressInfo).port;
  const uriHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const uri = `mongodb://${uriHost}:${state.port}`;
  log(
    'info',
    `mongo-dev-server listening on ${uri}${state.dbPath ? ` (dbpath ${state.dbPath})` : ' (in memory)'}`,
  );

  const ttlTimer = setInterval(() => {
    const removed = sweepExpired(engine, Date.now());
    if (removed === 0) return;
    log('debug', `TTL monitor removed ${removed} documents`);
    commit().catch((err: unknown) => log('error', `TTL commit failed: ${String(err)}`));
  }, options.ttlIntervalMs ?? 60_000);
  ttlTimer.unref();

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      clearInterval(ttlTimer);
      const closed = new Promise<void>((r) => server.close(() => r()));
      for (const socket of sockets) socket.destroy();
      await closed;
      cursors.close();
      await store?.close(capture);
      log('info', 'mongo-dev-server stopped');
    })();
    return stopping;
  };

  return { port: state.port, host, uri, stop };
}
