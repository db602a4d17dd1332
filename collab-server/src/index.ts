// Boots the collab server on its own: `npm start -w @tessera/collab-server` (COLLAB_PORT, default 4006).
import { resolve } from 'node:path';
import { createLogger } from '@tessera/logger';
import { CloseCode } from '@tessera/canvas-model/collab';
import { loadConfig } from './config.ts';
import { createDevAuthorize, type Authorize } from './auth.ts';
import { FilePersistence } from './persistence/file-persistence.ts';
import { createServer } from './server.ts';

const config = loadConfig();
const logger = createLogger({ name: 'collab', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });

// Standalone mode has no access to the platform's tokens; the platform passes its own authorize.
const authorize: Authorize = config.COLLAB_DEV_AUTH
  ? createDevAuthorize()
  : async () => ({
      ok: false,
      code: CloseCode.Unauthenticated,
      reason: 'No authorizer configured (set COLLAB_DEV_AUTH=true for development)',
    });

const server = createServer({
  config,
  logger,
  authorize,
  persistence: new FilePersistence(resolve(config.COLLAB_DATA_DIR), {
    autoCreate: config.COLLAB_AUTO_CREATE,
  }),
  ...(config.REDIS_URL ? { redis: { url: config.REDIS_URL } } : {}),
});

const address = await server.start();
logger.info({ url: address.url, devAuth: config.COLLAB_DEV_AUTH }, 'collab server ready');

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
    await server.close();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
