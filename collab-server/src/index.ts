// Boots the collab server: `npm start -w @tessera/collab-server` (COLLAB_PORT, default 4006).
// With MONGODB_URL set it is the platform's collab server as deployed (docker-compose, Kubernetes):
// canvases stored in the canvases' MongoDB, access decided by the accounts service, Redis fan-out
// between replicas when REDIS_URL is set. Without it, the standalone server for development: file
// storage, and only COLLAB_DEV_AUTH's tokens.
import { resolve } from 'node:path';
import { CloseCode } from '@tessera/canvas-model/collab';
import { createLogger } from '@tessera/logger';
import { createDevAuthorize, type Authorize } from './auth.ts';
import { loadConfig } from './config.ts';
import { FilePersistence } from './persistence/file-persistence.ts';
import type { PersistenceAdapter } from './persistence/types.ts';
import { createCollabAuthorize } from './platform-authorize.ts';
import { createServer } from './server.ts';

const config = loadConfig();
const logger = createLogger({ name: 'collab', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const cleanups: (() => Promise<void>)[] = [];

let authorize: Authorize;
let persistence: PersistenceAdapter;
if (config.MONGODB_URL) {
  // Loaded only here: the standalone server starts without mongoose and OpenTelemetry.
  const { startTracingFromEnv } = await import('@tessera/tracing');
  const tracing = startTracingFromEnv('collab', logger);
  const { openCanvasStore } = await import('@tessera/canvases/live');
  const store = await openCanvasStore({ mongodbUrl: config.MONGODB_URL, logger });
  cleanups.push(
    () => store.close(),
    () => tracing.shutdown(),
  );
  authorize = createCollabAuthorize({
    accountsUrl: config.ACCOUNTS_URL,
    internalSecret: config.INTERNAL_SECRET!, // config requires it with MONGODB_URL
    store,
  });
  persistence = store.persistence;
} else {
  // Standalone mode has no access to the platform's tokens.
  authorize = config.COLLAB_DEV_AUTH
    ? createDevAuthorize()
    : async () => ({
        ok: false,
        code: CloseCode.Unauthenticated,
        reason:
          'No authorizer configured (set MONGODB_URL for the platform, COLLAB_DEV_AUTH=true for development)',
      });
  persistence = new FilePersistence(resolve(config.COLLAB_DATA_DIR), {
    autoCreate: config.COLLAB_AUTO_CREATE,
  });
}

const server = createServer({
  config,
  logger,
  authorize,
  persistence,
  ...(config.REDIS_URL ? { redis: { url: config.REDIS_URL } } : {}),
});

const address = await server.start();
logger.info(
  { url: address.url, mode: config.MONGODB_URL ? 'platform' : 'standalone', devAuth: config.COLLAB_DEV_AUTH },
  'collab server ready',
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  // close() resolves within its own deadline [S14]; this is only a last resort.
  const force = setTimeout(() => {
    logger.error('shutdown took too long, exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  try {
    await server.close(); // clients 1001, every canvas stored
    for (const cleanup of cleanups) await cleanup();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
