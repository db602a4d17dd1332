/* global process, console */
// (c) Hive Gateway's engine (@graphql-hive/gateway-runtime) on node:http, production-ish: no
// landing page or GraphiQL, warnings-only logging, everything else at its defaults. Its HTTP
// subgraph transport is ./hive-http-transport.mjs (the published package is not installed).
// Plain JavaScript run by plain node (no tsx).
// Env: SUPERGRAPH_PATH, PORT. Prints `{"ready":true,"port":…}` once listening.
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { httpTransport } from './hive-http-transport.mjs';

const runtime = createGatewayRuntime({
  supergraph: process.env.SUPERGRAPH_PATH,
  logging: 'warn',
  landingPage: false,
  graphiql: false,
  transports: { http: httpTransport },
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
