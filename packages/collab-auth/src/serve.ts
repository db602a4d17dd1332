// The collab server as deployed (docker-compose, Kubernetes): real authorization (accounts and
// share links), persistence in the canvases' MongoDB, Redis fan-out between replicas when
// REDIS_URL is set. `node --import tsx packages/collab-auth/src/serve.ts`
import { openCanvasStore } from '@tessera/canvases/live';
import { createServer, loadConfig as loadCollabConfig } from '@tessera/collab-server';
import { createLogger } from '@tessera/logger';
import { handleShutdown } from '@tessera/service-kit';
import { startTracingFromEnv } from '@tessera/tracing';
import { loadConfig } from './config.ts';
import { createCollabAuthorize } from './index.ts';

const platform = loadConfig();
const config = loadCollabConfig();
const logger = createLogger({ name: 'collab', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const tracing = startTracingFromEnv('collab', logger);
const store = await openCanvasStore({ mongodbUrl: platform.MONGODB_URL, logger });
const server = createServer({
  config,
  logger,
  authorize: createCollabAuthorize({
    accountsUrl: platform.ACCOUNTS_URL,
    internalSecret: platform.INTERNAL_SECRET,
    store,
  }),
  persistence: store.persistence,
  ...(config.REDIS_URL ? { redis: { url: config.REDIS_URL } } : {}),
});
await server.start();
handleShutdown(logger, async () => {
  await server.close(); // clients 1001, every canvas stored, within 4 s [S14]
  await store.close();
  await tracing.shutdown();
});
