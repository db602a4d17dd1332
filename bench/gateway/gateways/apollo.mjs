/* global process, console, URL */
// (a) Bare @apollo/gateway with its defaults, served the way its docs show (startStandaloneServer).
// Plain JavaScript run by plain node (no tsx), as a user of @apollo/gateway would deploy it.
// Env: SUPERGRAPH_PATH, PORT. Prints `{"ready":true,"port":…}` once listening.
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const supergraphSdl = readFileSync(process.env.SUPERGRAPH_PATH, 'utf8');
const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' },
});
console.log(JSON.stringify({ ready: true, port: Number(new URL(url).port) }));
