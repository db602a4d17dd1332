/* global process, console */
// (c) Hive Gateway's engine (@graphql-hive/gateway-runtime) on node:http, production-ish: no
// landing page or GraphiQL, warnings-only logging, everything else at its defaults, and its
// published HTTP subgraph transport (@graphql-mesh/transport-http, which the runtime loads on
// demand). With HIVE_ROUTER_RUNTIME=true (the `hive-rust` peers), Hive Router's Rust query planner
// and its purpose-built executor (@graphql-hive/router-runtime's `unifiedGraphHandler`), configured
// as its docs show. Plain JavaScript run by plain node (no tsx), as a user of Hive Gateway runs it.
// Env: SUPERGRAPH_PATH, PORT, HIVE_ROUTER_RUNTIME, HIVE_DEDUPE. Prints `{"ready":true,"port":…}` once listening.
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

const rust = /^(1|true)$/i.test(process.env.HIVE_ROUTER_RUNTIME ?? '');
const runtime = createGatewayRuntime({
  supergraph: process.env.SUPERGRAPH_PATH,
  logging: 'warn',
  landingPage: false,
  graphiql: false,
  ...(rust
    ? { unifiedGraphHandler: (await import('@graphql-hive/router-runtime')).unifiedGraphHandler }
    : {}),
  // HIVE_DEDUPE=false: without in-flight deduplication of subgraph requests (on by default), set
  // as Hive's docs show (transportEntries '*.http' options), for the runs where no gateway dedupes.
  ...(/^(0|false)$/i.test(process.env.HIVE_DEDUPE ?? '')
    ? { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }
    : {}),
  ...(process.env.HIVE_DEBUG ? { maskedErrors: false, logging: 'debug' } : {}),
});
const server = createServer(runtime);
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, port: server.address().port }));
});
const stop = () => {
  server.close(() => void runtime.dispose().finally(() => process.exit(0)));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
