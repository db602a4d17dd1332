// Boots the canvases subgraph on its own: `npm start -w @tessera/canvases` (CANVASES_PORT, default 4003).
import { createJobQueue } from '@tessera/jobs';
import { createLogger } from '@tessera/logger';
import { handleShutdown } from '@tessera/service-kit';
import { startTracingFromEnv } from '@tessera/tracing';
import { loadConfig } from './config.ts';
import { createServer } from './server.ts';

const config = loadConfig();
const logger = createLogger({ name: 'canvases', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const tracing = startTracingFromEnv('canvases', logger);
// Send-only: the worker (src/worker.ts) runs the jobs, the cron ticker and queue maintenance.
const jobs = config.DATABASE_URL
  ? createJobQueue({ connectionString: config.DATABASE_URL, logger, supervise: false })
  : undefined;
await jobs?.start();
// No `live`: the collab servers run in other processes, so block mutations write storage (README,
// "createServer"); `npm start` runs both in one process and wires it.
const server = createServer({ config, logger, ...(jobs ? { jobs } : {}) });
await server.start();
handleShutdown(logger, async () => {
  await server.stop();
  await jobs?.stop();
  await tracing.shutdown();
});
