import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { silentLogger } from '@tessera/logger';
import type { GatewayContext } from './context.ts';
import { createApolloGateway } from './engines/apollo.ts';
import { dedupeRepresentations, expandEntitiesAnswer, isEntitiesFetch } from './entity-representations.ts';
import { IdentityForwardingDataSource } from './subgraphs.ts';

// Two real subgraphs composed into a supergraph: comments (who wrote what) and accounts (names).
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';
const COMMENTS_SDL = parse(`${LINK}
  type Query { comments: [Comment] }
  type Comment { id: ID!  author: User }
  type User @key(fields: "id", resolvable: false) { id: ID! }`);
const ACCOUNTS_SDL = parse(`${LINK}
  type User @key(fields: "id") { id: ID!  name: String  secret: String  profile: Profile }
  type Profile { bio: String }`);
const AUTHORS = ['u1', 'u2', 'u1', 'u3', 'u2', 'u1'];
const comments = buildSubgraphSchema({
  typeDefs: COMMENTS_SDL,
  resolvers: {
    Query: { comments: () => AUTHORS.map((id, i) => ({ id: `c${i}`, author: { id } })) },
  },
});
const accounts = buildSubgraphSchema({
  typeDefs: ACCOUNTS_SDL,
  resolvers: {
    User: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: `Name ${ref.id}` }),
      secret: (user: { id: string }) => {
        if (user.id === 'u2') throw new GraphQLError('Not yours', { extensions: { code: 'FORBIDDEN' } });
        return `secret of ${user.id}`;
      },
      profile: (user: { id: string }) => ({ bio: `bio of ${user.id}` }),
    },
  },
});

const representationsSent: unknown[][] = [];
const servers: Server[] = [];
async function serve(schema: GraphQLSchema): Promise<string> {
  const server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const body = JSON.parse(text) as { query: string; variables?: Record<string, unknown> };
    if (Array.isArray(body.variables?.representations))
      representationsSent.push(body.variables.representations);
    const result = await execute({
      schema,
      document: parse(body.query),
      variableValues: body.variables ?? null,
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

const context: GatewayContext = {
  identity: { requestId: 'r1', principal: { kind: 'user', userId: 'u1', sessionId: 's', memberships: [] } },
  identityToken: 'token',
  logger: silentLogger,
};
let tessera: ApolloServer<GatewayContext>;
let reference: ApolloServer<GatewayContext>;
const sources: IdentityForwardingDataSource[] = [];
beforeAll(async () => {
  const urls = { comments: await serve(comments), accounts: await serve(accounts) };
  const composed = composeServices([
    { name: 'comments', typeDefs: COMMENTS_SDL, url: urls.comments },
    { name: 'accounts', typeDefs: ACCOUNTS_SDL, url: urls.accounts },
  ]);
  if (composed.errors) throw composed.errors[0];
  const supergraphSdl = composed.supergraphSdl;
  tessera = new ApolloServer<GatewayContext>({
    gateway: createApolloGateway({
      supergraphSdl,
      buildService: ({ name, url }) => {
        const source = new IdentityForwardingDataSource({ url: url!, subgraphName: name });
        sources.push(source);
        return source;
      },
    }),
  });
  // @apollo/gateway's own data source: one representation per occurrence.
  reference = new ApolloServer<GatewayContext>({
    gateway: new ApolloGateway({
      supergraphSdl,
      buildService: ({ url }) => new RemoteGraphQLDataSource({ url }),
    }),
  });
  await tessera.start();
  await reference.start();
});
afterAll(async () => {
  await tessera.stop();
  await reference.stop();
  await Promise.all(sources.map((s) => s.close()));
  for (const server of servers) server.close();
});

async function run(server: ApolloServer<GatewayContext>, query: string) {
  representationsSent.length = 0;
  const response = await server.executeOperation({ query }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return {
    data,
    errors: errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })),
    sent: [...representationsSent],
  };
}

describe('entity fetches send each distinct representation once', () => {
  it('answers as @apollo/gateway does, with one representation per distinct author sent', async () => {
    const query = '{ comments { id author { id name profile { bio } } } }';
    const ours = await run(tessera, query);
    const theirs = await run(reference, query);
    expect(ours.data).toEqual(theirs.data);
    expect(ours.errors).toEqual(theirs.errors);
    expect(theirs.sent[0]).toHaveLength(AUTHORS.length);
    expect(ours.sent).toEqual([
      [
        { __typename: 'User', id: 'u1' },
        { __typename: 'User', id: 'u2' },
        { __typename: 'User', id: 'u3' },
      ],
    ]);
  });

  it('puts an entity error at every occurrence of that entity, as @apollo/gateway does', async () => {
    const query = '{ comments { id author { name secret } } }';
    const ours = await run(tessera, query);
    const theirs = await run(reference, query);
    expect(ours.errors).toEqual(theirs.errors);
    expect(ours.errors?.map((e) => e.path)).toEqual([
      ['comments', 1, 'author', 'secret'],
      ['comments', 4, 'author', 'secret'],
    ]);
    expect(ours.data).toEqual(theirs.data);
  });

  it('gives each occurrence its own copy of the entity', () => {
    const deduped = dedupeRepresentations([{ id: 1 }, { id: 2 }, { id: 1 }])!;
    expect(deduped.positions).toEqual([0, 1, 0]);
    const answer = expandEntitiesAnswer({ data: { _entities: [{ p: { bio: 'a' } }, { p: null }] } }, deduped);
    const entities = answer.data!._entities as { p: object }[];
    expect(entities).toEqual([{ p: { bio: 'a' } }, { p: null }, { p: { bio: 'a' } }]);
    expect(entities[2]!.p).not.toBe(entities[0]!.p);
    expect(dedupeRepresentations([{ id: 1 }, { id: 2 }])).toBeNull();
    // Lists, nulls and a `__proto__` response key (an own key of a parsed answer) are copied as they are.
    const parsed = JSON.parse('{"__proto__":{"a":[1,{"b":null}]},"n":null,"l":[[2],"x"]}') as object;
    const copied = expandEntitiesAnswer({ data: { _entities: [parsed, 7] } }, deduped).data!
      ._entities as object[];
    expect(JSON.stringify(copied[2])).toBe(JSON.stringify(parsed));
    expect(Object.getPrototypeOf(copied[2])).toBe(Object.prototype);
    expect((copied[2] as Record<string, unknown>)['__proto__']).not.toBe(
      (parsed as Record<string, unknown>)['__proto__'],
    );
    expect(copied[1]).toBe(7);
  });

  it('tells apart representations that differ in any field, type or value', () => {
    const distinct: unknown[][] = [
      [
        { __typename: 'User', id: '1' },
        { __typename: 'User', id: 1 },
      ],
      [
        { __typename: 'User', id: '1' },
        { __typename: 'User', id: '1', org: null },
      ],
      [{ a: 'x\u0000b' }, { a: 'x', b: '' }],
      [{ a: true }, { a: 'true' }],
      [{ a: null }, { a: 'null' }],
      [{ a: { b: 1 } }, { a: { b: 2 } }],
    ];
    for (const pair of distinct) expect(dedupeRepresentations(pair), JSON.stringify(pair)).toBeNull();
    expect(
      dedupeRepresentations([
        { __typename: 'Product', upc: '1', price: 899 },
        { __typename: 'Product', upc: '1', price: 899 },
        { a: { b: 1 } },
        { a: { b: 1 } },
      ])?.positions,
    ).toEqual([0, 0, 1, 1]);
  });

  it('recognises only the planner’s entity fetches', () => {
    const selection = '{_entities(representations:$representations){...on User{name}}}';
    expect(isEntitiesFetch(`query Q__accounts__1($representations:[_Any!]!)${selection}`)).toBe(true);
    expect(isEntitiesFetch(`mutation M($representations:[_Any!]!)${selection}`)).toBe(false);
    expect(isEntitiesFetch('query Q($representations:[_Any!]!){me{id}}')).toBe(false);
  });

  it('leaves an answer of unexpected length as it came', () => {
    const deduped = dedupeRepresentations([{ id: 1 }, { id: 1 }])!;
    const answer = { data: { _entities: [{}, {}] }, errors: [{ path: ['_entities', 0] }] };
    expect(expandEntitiesAnswer(answer, deduped)).toBe(answer);
  });
});
