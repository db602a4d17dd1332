// (b) Tessera's gateway exactly as shipped (createServer from @tessera/gateway, production plugins
// on), single process. The multi-worker variant is gateway/src/cluster.ts, started by run.ts.
// Env: the gateway's own (SUPERGRAPH_PATH, PORT, INTERNAL_SECRET, NODE_ENV, RATE_LIMIT_*…; the
// tessera-nodedupe variants set SUBGRAPH_DEDUPE_QUERIES=false).
// Prints `{"ready":true,"port":…}` once listening.
import { createLogger } from '@tessera/logger';
import { createServer, loadConfig } from '@tessera/gateway';
import { startTracingFromEnv } from '@tessera/tracing';

const config = loadConfig();
const logger = createLogger({ name: 'gateway', level: config.LOG_LEVEL, pretty: false });
// As gateway/src/index.ts: tracing only when OTEL_EXPORTER_OTLP_ENDPOINT is set (hot-operation.ts's "tracing on" variant).
const tracing = startTracingFromEnv('gateway', logger);
const server = createServer({ config, logger });
const { port } = await server.start();
console.log(JSON.stringify({ ready: true, port }));
const stop = () =>
  void server
    .stop()
    .then(() => tracing.shutdown())
    .finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
