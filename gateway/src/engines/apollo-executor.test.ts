import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from '@apollo/composition';
import { LocalGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { createApolloGateway } from './apollo.ts';
import { apolloExecuteQueryPlan, executeQueryPlan, useFastExecutor } from './apollo-executor.ts';
import type { ComputeResponse } from './apollo-result-shaping.ts';
import { seededRandom } from '@tessera/testing';

const require = createRequire(import.meta.url);

// Four real subgraphs (the benchmark's shapes: keys, @requires, nested entity lists) run in-process.
const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])';
const SDL = {
  accounts: `${LINK}
    type Query { me: User users: [User] }
    type User @key(fields: "id") { id: ID! name: String username: String }`,
  products: `${LINK}
    type Query { topProducts(first: Int = 3): [Product] }
    type Product @key(fields: "upc") { upc: ID! name: String price: Int weight: Int }`,
  inventory: `${LINK}
    type Product @key(fields: "upc") {
      upc: ID! price: Int @external weight: Int @external
      inStock: Boolean shippingEstimate: Int @requires(fields: "price weight")
    }`,
  reviews: `${LINK}
    type Review { id: ID! body: String author: User product: Product }
    type User @key(fields: "id") { id: ID! reviews: [Review] }
    type Product @key(fields: "upc") { upc: ID! reviews: [Review] }`,
};
type Name = keyof typeof SDL;
const users = ['1', '2', '3'].map((id) => ({ id, name: `Name ${id}`, username: `@u${id}` }));
const products = ['p1', 'p2', 'p3', 'p4'].map((upc, i) => ({ upc, name: `P${i}`, price: 10 * i, weight: i }));
const reviews = Array.from({ length: 8 }, (_, i) => ({
  id: `r${i}`,
  body: `body ${i}`,
  author: { id: users[i % 3]!.id },
  product: { upc: products[i % 4]!.upc },
}));
const RESOLVERS = {
  accounts: {
    Query: { me: () => users[0], users: () => users },
    User: { __resolveReference: (ref: { id: string }) => users.find((u) => u.id === ref.id) },
  },
  products: {
    Query: { topProducts: (_: unknown, args: { first: number }) => products.slice(0, args.first) },
    Product: { __resolveReference: (ref: { upc: string }) => products.find((p) => p.upc === ref.upc) },
  },
  inventory: {
    Product: {
      __resolveReference: (ref: { upc: string; price?: number; weight?: number }) => ref,
      inStock: (p: { upc: string }) => p.upc !== 'p2',
      shippingEstimate: (p: { price: number; weight: number }) => (p.price > 15 ? 0 : p.weight * 2),
    },
  },
  reviews: {
    User: { reviews: (u: { id: string }) => reviews.filter((r) => r.author.id === u.id) },
    Product: { reviews: (p: { upc: string }) => reviews.filter((r) => r.product.upc === p.upc) },
  },
};

const QUERIES = {
  nested: `query Q {
    users { id name reviews { id body product { upc name inStock shippingEstimate
      reviews { id author { id username name reviews { id product { upc name price } } } } } } }
    topProducts { upc name price weight shippingEstimate inStock reviews { body author { name } } }
  }`,
  variables: `query V($first: Int, $withStock: Boolean!) {
    top: topProducts(first: $first) { upc n: name inStock @include(if: $withStock) reviews { author { username } } }
    me { name kind: __typename }
  }`,
  introspection: `{ __typename me { name } __type(name: "User") { name fields { name } } }`,
};

/** A subgraph's answer as JSON. */
interface Answer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}
const entitiesOf = (a: Answer) => a.data!._entities as Record<string, unknown>[];

/** What a subgraph's answer becomes before the gateway sees it (the damage under test). */
let damage: (name: Name, query: string, answer: Answer) => Answer = (_n, _q, a) => a;
function source(name: Name): GraphQLDataSource {
  const local = new LocalGraphQLDataSource(
    buildSubgraphSchema({ typeDefs: parse(SDL[name]), resolvers: RESOLVERS[name] as never }),
  );
  return {
    async process(options) {
      const answer = JSON.parse(JSON.stringify(await local.process(options))) as Answer;
      return damage(name, options.request.query!, answer) as never;
    },
  };
}

let server: ApolloServer;
beforeAll(async () => {
  const composed = composeServices(
    (Object.keys(SDL) as Name[]).map((name) => ({ name, typeDefs: parse(SDL[name]), url: `http://${name}` })),
  );
  if (composed.errors) throw composed.errors[0];
  server = new ApolloServer({
    gateway: createApolloGateway({
      supergraphSdl: composed.supergraphSdl,
      buildService: ({ name }) => source(name as Name) as never,
    }),
  });
  await server.start();
});
afterAll(async () => {
  useFastExecutor();
  await server.stop();
});

async function answer(fast: boolean, query: string, variables?: Record<string, unknown>) {
  useFastExecutor(fast);
  try {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return JSON.stringify({ status: response.http.status, ...response.body.singleResult });
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
}

async function expectSame(query: string, variables?: Record<string, unknown>) {
  const expected = await answer(false, query, variables);
  expect(await answer(true, query, variables)).toBe(expected);
  return expected;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}
const ODD_VALUES = [null, undefined, 'text', 7, true, {}, [], { __typename: 'Nope' }];

/** One value somewhere in `value` replaced, a key dropped or a list element removed, at random. */
function mutate(value: unknown, next: () => number): unknown {
  if (value === null || typeof value !== 'object' || next() < 0.25)
    return ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
  const keys = Object.keys(copy);
  if (keys.length === 0) return copy;
  const key = keys[Math.floor(next() * keys.length)]!;
  if (Array.isArray(copy) && next() < 0.15) copy.splice(Number(key), 1);
  else if (!Array.isArray(copy) && next() < 0.15) delete copy[key];
  else copy[key] = mutate(copy[key], next);
  return copy;
}

describe('fast executor (same answers and errors as @apollo/gateway executeQueryPlan)', () => {
  it('is what the gateway runs', () => {
    expect(executeQueryPlan).not.toBe(apolloExecuteQueryPlan);
  });

  it('answers well-formed subgraph answers identically (entities, @requires, variables, introspection)', async () => {
    damage = (_n, _q, a) => a;
    const nested = JSON.parse(await expectSame(QUERIES.nested));
    expect(nested.errors).toBeUndefined();
    expect(nested.data.topProducts[2]).toMatchObject({ upc: 'p3', shippingEstimate: 0, inStock: true });
    expect(nested.data.users[0].reviews[0].product.reviews[0].author.reviews[0].product.name).toBe('P0');
    await expectSame(QUERIES.variables, { first: 2, withStock: true });
    await expectSame(QUERIES.variables, { withStock: false });
    await expectSame(QUERIES.introspection);
  });

  it('maps subgraph errors to the same paths, codes and messages', async () => {
    damage = (name, query, a) => {
      if (name === 'accounts' && query.includes('_entities'))
        return {
          ...a,
          errors: [
            { message: 'Not yours', path: ['_entities', 1, 'name'], extensions: { code: 'FORBIDDEN' } },
            { message: '', path: ['_entities', 0] },
            { message: 'whole fetch' },
          ],
        };
      if (name === 'inventory')
        return { data: null, errors: [{ message: 'down', extensions: { code: 'X' } }] };
      return a;
    };
    const result = JSON.parse(await expectSame(QUERIES.nested));
    expect(result.errors.length).toBeGreaterThan(3);
  });

  it('reports damaged entity answers as @apollo/gateway does', async () => {
    const cases: ((a: Answer) => Answer)[] = [
      () => ({ data: {} }),
      () => ({ data: { _entities: {} } }),
      (a) => ({ data: { _entities: entitiesOf(a).slice(1) } }),
      (a) => ({ data: { _entities: entitiesOf(a).map((e, i) => (i === 1 ? null : e)) } }),
      (a) => ({
        data: { _entities: entitiesOf(a).map(({ __typename: _t, ...e }) => e) },
      }),
      () => ({}),
    ];
    for (const change of cases)
      for (const target of ['products', 'inventory', 'reviews', 'accounts'] as Name[]) {
        damage = (name, query, a) => (name === target && query.includes('_entities') ? change(a) : a);
        await expectSame(QUERIES.nested);
      }
  });

  it('handles root answers of the wrong shape (a list that is not one, missing keys) as @apollo/gateway does', async () => {
    const cases: ((a: Answer) => Answer)[] = [
      () => ({ data: { users: { id: '1' } } }),
      () => ({ data: { users: [null, { id: '2' }, { name: 'no id' }] } }),
      () => ({ data: { users: 'text' } }),
      () => ({ data: null }),
    ];
    for (const change of cases) {
      damage = (name, query, a) => (name === 'accounts' && !query.includes('_entities') ? change(a) : a);
      await expectSame(QUERIES.nested);
    }
  });

  it('agrees on randomly damaged subgraph answers', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      damage = (_name, query, a) => {
        const next = seededRandom(seed * 7919 + hash(query));
        if (next() < 0.5) return a;
        const damaged = mutate(a, next);
        return damaged !== null && typeof damaged === 'object' ? (damaged as Answer) : a;
      };
      await expectSame(QUERIES.nested);
      await expectSame(QUERIES.variables, { first: 4, withStock: true });
    }
  });

  it('shapes with the Operation cached per document (./apollo-operation-cache.ts), not one per request', async () => {
    damage = (_n, _q, a) => a;
    const shaping = require('@apollo/gateway/dist/resultShaping.js') as { computeResponse: ComputeResponse };
    const installed = shaping.computeResponse;
    const operations: unknown[] = [];
    shaping.computeResponse = (args) => (operations.push(args.operation), installed(args));
    try {
      await answer(true, QUERIES.nested);
      await answer(true, QUERIES.nested);
    } finally {
      shaping.computeResponse = installed;
    }
    expect(operations).toHaveLength(2);
    expect(operations[1]).toBe(operations[0]);
  });

  it('keeps a thrown data source error as an error of the fetch', async () => {
    damage = (name, query, a) => {
      if (name === 'reviews') throw new GraphQLError('boom', { extensions: { code: 'BOOM' } });
      return a;
    };
    expect(JSON.parse(await expectSame(QUERIES.nested)).errors[0].message).toBe('boom');
  });
});
