import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import type { Identity } from '@tessera/auth';
import { silentLogger } from '@tessera/logger';
import type { GatewayContext } from '../context.ts';
import { SUBGRAPH_UNAVAILABLE } from '../subgraphs.ts';
import { createHiveRouterGateway } from './hive-router.ts';

// Two real subgraphs (@apollo/subgraph over node:http) composed into a supergraph, served by Apollo
// Server with the Hive Router engine in its gateway slot, as gateway/src/server.ts wires it.
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';
const USERS_SDL = parse(`${LINK}
  type Query { me: User  secret: String }
  type Mutation { rename(name: String!): User }
  type User @key(fields: "id") { id: ID!  name: String }`);
const REVIEWS_SDL = parse(`${LINK}
  type User @key(fields: "id") { id: ID!  reviews: [Review] }
  type Review { id: ID!  body: String }`);
const users = buildSubgraphSchema({
  typeDefs: USERS_SDL,
  resolvers: {
    Query: {
      me: () => ({ id: 'u1', name: 'Ada' }),
      secret: () => {
        throw new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } });
      },
    },
    Mutation: { rename: (_: unknown, { name }: { name: string }) => ({ id: 'u1', name }) },
    User: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: 'Ada' }) },
  },
});
const reviews = buildSubgraphSchema({
  typeDefs: REVIEWS_SDL,
  resolvers: {
    User: {
      __resolveReference: (ref: { id: string }) => ref,
      reviews: (user: { id: string }) => [{ id: `${user.id}-r1`, body: 'Great' }],
    },
  },
});

interface Received {
  subgraph: string;
  headers: IncomingMessage['headers'];
  body: { query: string; variables?: Record<string, unknown> };
}
const received: Received[] = [];
const servers: Server[] = [];
async function serve(name: string, schema: GraphQLSchema, delayMs = 20): Promise<string> {
  const server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const body = JSON.parse(text) as Received['body'] & { operationName?: string };
    received.push({ subgraph: name, headers: req.headers, body });
    const result = await execute({
      schema,
      document: parse(body.query),
      variableValues: body.variables ?? null,
      operationName: body.operationName ?? null,
    });
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result));
    }, delayMs);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

let apollo: ApolloServer<GatewayContext>;
let reviewsServer: Server;
beforeAll(async () => {
  const usersUrl = await serve('users', users);
  const reviewsUrl = await serve('reviews', reviews);
  reviewsServer = servers[1]!;
  const composed = composeServices([
    { name: 'users', url: 'http://unused.invalid/graphql', typeDefs: USERS_SDL },
    { name: 'reviews', url: 'http://unused.invalid/graphql', typeDefs: REVIEWS_SDL },
  ]);
  if (!composed.supergraphSdl) throw new Error(String(composed.errors));
  apollo = new ApolloServer<GatewayContext>({
    // The config's URL overrides win over the supergraph's (here: unusable) URLs.
    gateway: createHiveRouterGateway({
      supergraphSdl: composed.supergraphSdl,
      subgraphs: { users: usersUrl, reviews: reviewsUrl },
      requestOptions: { dedupeInflightQueries: true },
      logger: silentLogger,
    }),
  });
  await apollo.start();
}, 30_000);
afterAll(async () => {
  await apollo?.stop();
  for (const server of servers) server.close();
});

const identity = (requestId: string, userId = 'u1'): Identity => ({
  requestId,
  principal: { kind: 'user', userId, sessionId: 's', memberships: [] },
});
const context = (id: Identity): GatewayContext => ({
  identity: id,
  identityToken: `token-${id.requestId}`,
  logger: silentLogger,
});
async function run(query: string, ctx: GatewayContext, variables?: Record<string, unknown>) {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('the hive-router engine', () => {
  it('plans and joins entities across subgraphs, forwarding the signed identity and request id only', async () => {
    received.length = 0;
    const result = await run('{ me { id name reviews { id body } } }', context(identity('req-1')));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ me: { id: 'u1', name: 'Ada', reviews: [{ id: 'u1-r1', body: 'Great' }] } });
    expect(received.map((r) => r.subgraph)).toEqual(['users', 'reviews']);
    for (const request of received) {
      expect(request.headers['x-tessera-identity']).toBe('token-req-1');
      expect(request.headers['x-request-id']).toBe('req-1');
      expect(request.headers.authorization).toBeUndefined();
    }
    expect(received[1]!.body.variables?.representations).toEqual([{ __typename: 'User', id: 'u1' }]);
  });

  it("keeps a subgraph error's code and path", async () => {
    const result = await run('{ secret me { id } }', context(identity('req-2')));
    expect(result.data).toEqual({ secret: null, me: { id: 'u1' } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ message: 'Not allowed', path: ['secret'] });
    expect(result.errors![0]!.extensions?.code).toBe('FORBIDDEN');
  });

  it('shares identical queries in flight for one caller, never across callers or for mutations', async () => {
    received.length = 0;
    const ada = context(identity('req-3'));
    await Promise.all([run('{ me { name } }', ada), run('{ me { name } }', ada)]);
    expect(received.filter((r) => r.subgraph === 'users')).toHaveLength(1);

    received.length = 0;
    await Promise.all([
      run('{ me { name } }', context(identity('req-4', 'u1'))),
      run('{ me { name } }', context(identity('req-5', 'u2'))),
    ]);
    expect(received.filter((r) => r.subgraph === 'users')).toHaveLength(2);

    received.length = 0;
    const grace = context(identity('req-6'));
    const mutation = 'mutation { rename(name: "Grace") { name } }';
    const answers = await Promise.all([run(mutation, grace), run(mutation, grace)]);
    expect(answers.map((a) => a.data)).toEqual([
      { rename: { name: 'Grace' } },
      { rename: { name: 'Grace' } },
    ]);
    expect(received.filter((r) => r.subgraph === 'users')).toHaveLength(2);
  });

  it('serves the rest of the answer when a subgraph does not answer, with SUBGRAPH_UNAVAILABLE at its fields', async () => {
    await new Promise<void>((resolve) => {
      reviewsServer.close(() => resolve());
      reviewsServer.closeAllConnections();
    });
    const result = await run('{ me { name reviews { id } } }', context(identity('req-7')));
    expect(result.data).toEqual({ me: { name: 'Ada', reviews: null } });
    expect(result.errors?.[0]?.extensions?.code).toBe(SUBGRAPH_UNAVAILABLE);
    expect(result.errors?.[0]?.path).toEqual(['me', 'reviews']);
  });
});
