import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createApolloGateway } from './apollo.ts';
import { useLeanRequestExecutor } from './apollo-request-executor.ts';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';
const SDL = {
  accounts: `${LINK}
    type Query { me: User users(first: Int!): [User] }
    type User @key(fields: "id") { id: ID! name: String }`,
  reviews: `${LINK}
    type Review { id: ID! body: String author: User }
    type User @key(fields: "id") { id: ID! reviews: [Review] }`,
};
type Name = keyof typeof SDL;
const users = ['1', '2', '3'].map((id) => ({ id, name: `Name ${id}` }));
const RESOLVERS = {
  accounts: {
    Query: { me: () => users[0], users: (_: unknown, args: { first: number }) => users.slice(0, args.first) },
    User: { __resolveReference: (ref: { id: string }) => users.find((u) => u.id === ref.id) },
  },
  reviews: {
    User: {
      reviews: (u: { id: string }) => [{ id: `r${u.id}`, body: `by ${u.id}`, author: { id: u.id } }],
    },
  },
};
const source = (name: Name) =>
  new LocalGraphQLDataSource(buildSubgraphSchema({ typeDefs: parse(SDL[name]), resolvers: RESOLVERS[name] }));

const TWO_OPERATIONS = `
  query Users($first: Int!) { users(first: $first) { name reviews { body author { name } } } }
  query Me { me { id name reviews { id } } }`;

let supergraphSdl: string;
let lean: ApolloServer;
let leanGateway: ApolloGateway;
let original: ApolloServer;
beforeAll(async () => {
  const composed = composeServices(
    (Object.keys(SDL) as Name[]).map((name) => ({ name, typeDefs: parse(SDL[name]), url: `http://${name}` })),
  );
  if (composed.errors) throw composed.errors[0];
  supergraphSdl = composed.supergraphSdl;
  leanGateway = createApolloGateway({ supergraphSdl, buildService: ({ name }) => source(name as Name) });
  lean = new ApolloServer({ gateway: leanGateway });
  // @apollo/gateway's own per-request executor (the plan still runs through Tessera's executor).
  original = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl, buildService: ({ name }) => source(name as Name) }),
  });
  await Promise.all([lean.start(), original.start()]);
});
afterAll(async () => {
  await Promise.all([lean.stop(), original.stop()]);
});

async function answer(
  server: ApolloServer,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
) {
  const response = await server.executeOperation({ query, variables, operationName });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return JSON.stringify({ status: response.http.status, ...response.body.singleResult });
}

async function expectSame(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const expected = await answer(original, query, variables, operationName);
  expect(await answer(lean, query, variables, operationName)).toBe(expected);
  return JSON.parse(expected) as { data?: unknown; errors?: { message: string }[] };
}

describe('lean per-request executor (same answers and errors as ApolloGateway.executor)', () => {
  it('answers a planned operation again without asking the plan store, with fresh variables each time', async () => {
    const store = (leanGateway as unknown as { queryPlanStore: { get(key: string): Promise<unknown> } })
      .queryPlanStore;
    const get = vi.spyOn(store, 'get');
    const query = 'query Few($first: Int!) { users(first: $first) { id name reviews { body } } }';
    const first = await expectSame(query, { first: 2 });
    expect(first.data).toEqual({
      users: [
        { id: '1', name: 'Name 1', reviews: [{ body: 'by 1' }] },
        { id: '2', name: 'Name 2', reviews: [{ body: 'by 2' }] },
      ],
    });
    const afterFirst = get.mock.calls.length;
    expect(afterFirst).toBeGreaterThan(0);
    const third = await expectSame(query, { first: 3 });
    expect((third.data as { users: unknown[] }).users).toHaveLength(3);
    await expectSame(query, { first: 1 });
    expect(get.mock.calls.length).toBe(afterFirst);
    get.mockRestore();
  });

  it('still refuses bad variables on a planned operation, with the same errors', async () => {
    const query = 'query Some($first: Int!) { users(first: $first) { name } }';
    await expectSame(query, { first: 1 });
    const wrongType = await expectSame(query, { first: 'two' });
    expect(wrongType.errors?.[0]?.message).toMatch(/\$first/);
    const missing = await expectSame(query, {});
    expect(missing.errors?.[0]?.message).toMatch(/\$first/);
  });

  it('keeps plans and operation contexts apart per operation name in one document', async () => {
    const users = await expectSame(TWO_OPERATIONS, { first: 1 }, 'Users');
    const me = await expectSame(TWO_OPERATIONS, undefined, 'Me');
    expect(users.data).toEqual({
      users: [{ name: 'Name 1', reviews: [{ body: 'by 1', author: { name: 'Name 1' } }] }],
    });
    expect(me.data).toEqual({ me: { id: '1', name: 'Name 1', reviews: [{ id: 'r1' }] } });
    // Again, from the kept plans, in the other order.
    expect((await expectSame(TWO_OPERATIONS, undefined, 'Me')).data).toEqual(me.data);
    expect((await expectSame(TWO_OPERATIONS, { first: 1 }, 'Users')).data).toEqual(users.data);
  });

  it('reports an unknown or missing operation name as the original does', async () => {
    await expectSame(TWO_OPERATIONS, { first: 1 }, 'Nope');
    await expectSame(TWO_OPERATIONS, { first: 1 });
  });

  it('leaves the query-plan debugging header to the original executor', async () => {
    // executeOperation takes no HTTP headers: the executor is called as Apollo Server would.
    const executor = (leanGateway as unknown as { executor: (context: unknown) => Promise<unknown> })
      .executor;
    const headers = new HeaderMap([['apollo-query-plan-experimental', '1']]);
    const request = { query: '{ me { name } }', http: { method: 'POST', headers, search: '' } };
    const document = parse(request.query);
    const result = (await executor({
      request,
      document,
      queryHash: 'q',
      operationName: null,
      metrics: {},
      context: {},
      logger: console,
      cache: undefined,
      overallCachePolicy: { restrict: () => undefined },
    })) as { data?: unknown; extensions?: Record<string, unknown> };
    expect(result.data).toEqual({ me: { name: 'Name 1' } });
    expect(result.extensions?.__queryPlanExperimental).toBeDefined();
  });

  it('after a supergraph update, runs a planned operation against the subgraphs it now names', async () => {
    let update!: (supergraphSdl: string) => void;
    const at = (accountsUrl: string) => {
      const composed = composeServices(
        (Object.keys(SDL) as Name[]).map((name) => ({
          name,
          typeDefs: parse(SDL[name]),
          url: name === 'accounts' ? accountsUrl : `http://${name}`,
        })),
      );
      if (composed.errors) throw composed.errors[0];
      return composed.supergraphSdl;
    };
    // Each accounts deployment answers with its own names.
    const accountsAt = (label: string) =>
      new LocalGraphQLDataSource(
        buildSubgraphSchema({
          typeDefs: parse(SDL.accounts),
          resolvers: { Query: { me: () => ({ id: '1', name: `${label} 1` }) } },
        }),
      );
    const gateway = new ApolloGateway({
      supergraphSdl: async (options) => {
        update = options.update;
        return { supergraphSdl: at('http://accounts-1') };
      },
      buildService: ({ name, url }) =>
        name === 'accounts'
          ? accountsAt(url === 'http://accounts-1' ? 'first' : 'second')
          : source(name as Name),
    });
    useLeanRequestExecutor(gateway);
    const server = new ApolloServer({ gateway });
    await server.start();
    try {
      const me = async () => JSON.parse(await answer(server, '{ me { name } }')) as { data: unknown };
      // The second answer comes from the stored plan (this executor), the first from the original.
      for (let i = 0; i < 2; i++) expect((await me()).data).toEqual({ me: { name: 'first 1' } });
      update(at('http://accounts-2'));
      for (let i = 0; i < 2; i++) expect((await me()).data).toEqual({ me: { name: 'second 1' } });
    } finally {
      await server.stop();
    }
  });
});
