// Boots the gateway on its own: `npm start -w @tessera/gateway`.
import { createLogger } from '@tessera/logger';
import { handleShutdown } from '@tessera/service-kit';
import { startTracingFromEnv } from '@tessera/tracing';
import { loadConfig } from './config.ts';
import { createServer } from './server.ts';

const config = loadConfig();
const logger = createLogger({ name: 'gateway', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const tracing = startTracingFromEnv('gateway', logger);
const server = createServer({ config, logger });
await server.start();
handleShutdown(logger, async () => {
  await server.stop();
  await tracing.shutdown();
});
