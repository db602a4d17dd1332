// Boots the canvases worker on its own: `npm run worker -w @tessera/canvases` (WORKER_PORT, default 4007).
import { createLogger } from '@tessera/logger';
import { handleShutdown } from '@tessera/service-kit';
import { startTracingFromEnv } from '@tessera/tracing';
import { loadConfig } from './config.ts';
import { createWorker } from './worker-server.ts';

const config = loadConfig();
const logger = createLogger({ name: 'canvases-worker', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const tracing = startTracingFromEnv('canvases-worker', logger);
const worker = createWorker({ config, logger });
await worker.start();
handleShutdown(logger, async () => {
  await worker.stop();
  await tracing.shutdown();
});
