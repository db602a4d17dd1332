// Tessera's gateway from a server.ts variant written by bench/gateway/variants.ts (the data source
// from before the F10 work), one process. Env as gateways/tessera.ts, plus
// BENCH_SERVER_MODULE: the variant's server.ts.
import { pathToFileURL } from 'node:url';
import { createLogger } from '@tessera/logger';
import { loadConfig } from '@tessera/gateway';

const { createServer } = (await import(
  pathToFileURL(process.env.BENCH_SERVER_MODULE!).href
)) as typeof import('../../../gateway/src/server.ts');
const config = loadConfig();
const logger = createLogger({ name: 'gateway', level: config.LOG_LEVEL, pretty: false });
const server = createServer({ config, logger });
const { port } = await server.start();
console.log(JSON.stringify({ ready: true, port }));
const stop = () => void server.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
