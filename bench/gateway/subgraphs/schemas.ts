// The classic federation demo (accounts, products, inventory, reviews), as in The Guild's
// graphql-gateways-benchmark: @key entities, @requires (inventory) and @provides (reviews), static
// in-memory data. Federation 2 SDL; resolvers are plain functions over the arrays below.
import { parse, type DocumentNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';

export const SUBGRAPH_NAMES = ['accounts', 'inventory', 'products', 'reviews'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides", "@shareable"])';

interface User {
  id: string;
  name: string;
  username: string;
  birthDate: string;
}
interface Product {
  upc: string;
  name: string;
  price: number;
  weight: number;
}
interface Review {
  id: string;
  body: string;
  authorId: string;
  productUpc: string;
}

const LOREM = [
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.',
  'Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo.',
  'Sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet.',
  'Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem vel eum iure reprehenderit.',
];

export const USERS: User[] = [
  { id: '1', name: 'Ada Lovelace', username: '@ada', birthDate: '1815-12-10' },
  { id: '2', name: 'Alan Turing', username: '@complete', birthDate: '1912-06-23' },
  { id: '3', name: 'Grace Hopper', username: '@cobol', birthDate: '1906-12-09' },
  { id: '4', name: 'Edsger Dijkstra', username: '@goto', birthDate: '1930-05-11' },
];

export const PRODUCTS: Product[] = [
  { upc: '1', name: 'Table', price: 899, weight: 100 },
  { upc: '2', name: 'Couch', price: 1299, weight: 1000 },
  { upc: '3', name: 'Chair', price: 54, weight: 50 },
  { upc: '4', name: 'Lamp', price: 35, weight: 5 },
  { upc: '5', name: 'Bookcase', price: 180, weight: 70 },
];

const INVENTORY: Record<string, boolean> = { '1': true, '2': false, '3': true, '4': true, '5': false };

// 12 reviews: every product has 2-3, every user 3.
export const REVIEWS: Review[] = Array.from({ length: 12 }, (_, i) => ({
  id: String(i + 1),
  body: LOREM[i % LOREM.length]!,
  authorId: USERS[i % USERS.length]!.id,
  productUpc: PRODUCTS[i % PRODUCTS.length]!.upc,
}));

const byId = <T, K extends keyof T>(rows: T[], key: K) => new Map(rows.map((row) => [String(row[key]), row]));
const usersById = byId(USERS, 'id');
const productsByUpc = byId(PRODUCTS, 'upc');
const reviewsById = byId(REVIEWS, 'id');
// Reviews added by the realistic mix's mutation: kept (the newest 10,000) so their entities resolve,
// but not listed under users or products, so every read answers the same data all run long.
const addedReviews = new Map<string, Review>();
let addedCount = 0;
function addReview(upc: string, body: string): Review {
  const review = {
    id: `added-${++addedCount}`,
    body,
    authorId: USERS[addedCount % USERS.length]!.id,
    productUpc: upc,
  };
  addedReviews.set(review.id, review);
  if (addedReviews.size > 10_000) addedReviews.delete(addedReviews.keys().next().value!);
  return review;
}

export interface SubgraphDefinition {
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<unknown>;
}

export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition> = {
  accounts: {
    typeDefs: parse(`${LINK}
      type Query {
        me: User
        user(id: ID!): User
        users: [User]
      }
      type User @key(fields: "id") {
        id: ID!
        name: String
        username: String @shareable
        birthDate: String
      }`),
    resolvers: {
      Query: {
        me: () => USERS[0],
        user: (_: unknown, { id }: { id: string }) => usersById.get(id) ?? null,
        users: () => USERS,
      },
      User: { __resolveReference: (ref: { id: string }) => usersById.get(ref.id) ?? null },
    },
  },
  products: {
    typeDefs: parse(`${LINK}
      type Query {
        topProducts(first: Int = 5): [Product]
        product(upc: String!): Product
      }
      type Product @key(fields: "upc") {
        upc: String!
        name: String
        price: Int
        weight: Int
      }`),
    resolvers: {
      Query: {
        topProducts: (_: unknown, { first }: { first: number }) => PRODUCTS.slice(0, first),
        product: (_: unknown, { upc }: { upc: string }) => productsByUpc.get(upc) ?? null,
      },
      Product: { __resolveReference: (ref: { upc: string }) => productsByUpc.get(ref.upc) ?? null },
    },
  },
  inventory: {
    typeDefs: parse(`${LINK}
      type Product @key(fields: "upc") {
        upc: String!
        weight: Int @external
        price: Int @external
        inStock: Boolean
        shippingEstimate: Int @requires(fields: "price weight")
      }`),
    resolvers: {
      Product: {
        __resolveReference: (ref: { upc: string; price?: number; weight?: number }) => ({
          ...ref,
          inStock: INVENTORY[ref.upc] ?? false,
        }),
        // Free for expensive items, else an estimate based on weight.
        shippingEstimate: (product: { price?: number; weight?: number }) =>
          (product.price ?? 0) > 1000 ? 0 : Math.round((product.weight ?? 0) * 0.5),
      },
    },
  },
  reviews: {
    typeDefs: parse(`${LINK}
      type Mutation {
        addReview(upc: String!, body: String!): Review
      }
      type Review @key(fields: "id") {
        id: ID!
        body: String
        author: User @provides(fields: "username")
        product: Product
      }
      type User @key(fields: "id") {
        id: ID!
        username: String @external
        reviews: [Review]
      }
      type Product @key(fields: "upc") {
        upc: String!
        reviews: [Review]
      }`),
    resolvers: {
      Mutation: {
        addReview: (_: unknown, { upc, body }: { upc: string; body: string }) =>
          productsByUpc.has(upc) ? addReview(upc, body) : null,
      },
      Review: {
        __resolveReference: (ref: { id: string }) =>
          reviewsById.get(ref.id) ?? addedReviews.get(ref.id) ?? null,
        author: (review: Review) => ({
          __typename: 'User',
          id: review.authorId,
          username: usersById.get(review.authorId)?.username,
        }),
        product: (review: Review) => ({ __typename: 'Product', upc: review.productUpc }),
      },
      User: {
        __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
        reviews: (user: { id: string }) => REVIEWS.filter((r) => r.authorId === user.id),
      },
      Product: {
        __resolveReference: (ref: { upc: string }) => ({ upc: ref.upc }),
        reviews: (product: { upc: string }) => REVIEWS.filter((r) => r.productUpc === product.upc),
      },
    },
  },
};
