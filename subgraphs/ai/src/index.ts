// Boots the AI subgraph on its own: `npm start -w @tessera/ai`.
import { createLogger } from '@tessera/logger';
import { handleShutdown } from '@tessera/service-kit';
import { loadConfig } from './config.ts';
import { createServer } from './server.ts';

const config = loadConfig();
const logger = createLogger({ name: 'ai', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const server = createServer({ config, logger });
await server.start();
handleShutdown(logger, () => server.stop());
