import { createRequire } from 'node:module';
import { buildSchema, operationFromDocument, type FieldSelection } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  apolloComputeResponse,
  computeResponse,
  useFastResultShaping,
  type ComputeResponse,
} from './apollo-result-shaping.ts';
import { seededRandom } from '@tessera/testing';

const schema = buildSchema(`
  type Query {
    canvas(id: ID!): Canvas
    node(id: ID!): Node
    search: [SearchResult!]!
    grid: [[Int]]
    me: User!
    color: Color
    json: JSON
  }
  scalar JSON
  enum Color { RED GREEN }
  interface Node { id: ID! }
  type Canvas implements Node {
    id: ID!
    name: String!
    blocks: [Block!]!
    tags: [String]
    count: Int
    ratio: Float
    ok: Boolean
    owner: User
  }
  type Block implements Node { id: ID! type: String position: Position! content: JSON }
  type Position { x: Int! y: Int! }
  type User implements Node { id: ID! name: String! }
  union SearchResult = Canvas | User
`);

const OPERATIONS = {
  canvas: `query Q($id: ID! = "c1") {
    canvas(id: $id) {
      name id kind: __typename
      blocks { id type position { x y } content }
      tags count ratio ok
      owner { name id }
      alias: name
    }
  }`,
  directives: `query Q($on: Boolean!, $off: Boolean = false) {
    canvas(id: "c1") {
      name @include(if: $on)
      id @skip(if: $on)
      count @include(if: $off)
      ratio @skip(if: $off)
      ... on Canvas @include(if: $on) { ok }
      blocks @skip(if: false) { id }
    }
  }`,
  fragments: `query Q {
    node(id: "x") {
      __typename
      id
      ... on Canvas { name blocks { id position { x } } }
      ...U
      ... on Canvas { blocks { position { y } } name }
    }
    search { ... on User { name } ... on Canvas { id name } t: __typename }
  }
  fragment U on User { name }`,
  leaves: `{ grid color json me { id name } }`,
  introspection: `{ __schema { queryType { name } } me { name } __type(name: "User") { name } }`,
  // Response keys that are Object.prototype's names: outputs are plain objects.
  prototypeNames: `{
    __proto__: me { name }
    toString: canvas(id: "c1") { constructor: owner { name } hasOwnProperty: id }
    c: canvas(id: "c1") { __proto__: name valueOf: __typename }
    toString: canvas(id: "c1") { constructor: owner { id } }
  }`,
};

const good = () => ({
  canvas: {
    __typename: 'Canvas',
    id: 'c1',
    name: 'Hot',
    extra: 'dropped',
    blocks: [
      { id: 'b1', type: 'SQL', position: { x: 1, y: 2 }, content: { sql: 'select 1', nested: [1] } },
      { id: 'b2', type: null, position: { x: 3, y: 4 }, content: null },
    ],
    tags: ['a', null, 'c'],
    count: 3,
    ratio: 0.5,
    ok: true,
    owner: { __typename: 'User', id: 'u1', name: 'Ann' },
    alias: 'Hot',
    kind: 'Canvas',
  },
  node: {
    __typename: 'Canvas',
    id: 'x',
    name: 'N',
    blocks: [{ id: 'b', position: { x: 1, y: 2 } }],
  },
  search: [
    { __typename: 'User', name: 'Bo', t: 'User' },
    { __typename: 'Canvas', id: 'c', name: 'C', t: 'Canvas' },
  ],
  grid: [[1, 2], null, [null, 4]],
  color: 'RED',
  json: { any: ['thing'] },
  me: { __typename: 'User', id: 'u', name: 'Me' },
});

/** Both implementations' answer, as JSON with keys in order (or the error thrown), and the introspection calls. */
function run(fn: ComputeResponse, query: string, input: unknown, variables?: Record<string, unknown>) {
  const operation = operationFromDocument(schema, parse(query), { validate: false });
  const introspected: string[] = [];
  try {
    const { data, errors } = fn({
      operation,
      variables,
      input: input as Record<string, unknown>,
      introspectionHandling: (selection: FieldSelection) => {
        introspected.push(selection.toString());
        return { introspected: selection.element.responseName() };
      },
    });
    return JSON.stringify({
      data,
      errors: errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions.code })),
      introspected,
    });
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
}

function expectSame(query: string, input: unknown, variables?: Record<string, unknown>) {
  const expected = run(apolloComputeResponse, query, input, variables);
  expect(run(computeResponse, query, input, variables)).toBe(expected);
  return expected;
}

// Numbers at the edges of Int/ID (String() with an exponent from 1e21; -0 prints as 0) and Float.
const ODD_VALUES = [
  null,
  undefined,
  'text',
  7,
  1.5,
  true,
  {},
  [],
  'RED',
  'Unknown',
  '12',
  1e21,
  1e20,
  -0,
  -3,
  2 ** 53,
  Infinity,
  NaN,
];

/** Replaces one value somewhere in `value` (or drops a key) at random. */
function mutate(value: unknown, next: () => number): unknown {
  if (value === null || typeof value !== 'object' || next() < 0.3)
    return ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
  const keys = Object.keys(copy);
  if (keys.length === 0) return copy;
  const key = keys[Math.floor(next() * keys.length)]!;
  if (!Array.isArray(value) && next() < 0.15) delete copy[key];
  else copy[key] = mutate(copy[key], next);
  return copy;
}

describe('fast result shaping (same answers as @apollo/gateway computeResponse)', () => {
  it('shapes a well-formed answer: field order, aliases, __typename, dropped keys', () => {
    const answer = expectSame(OPERATIONS.canvas, good());
    expect(JSON.parse(answer).data.canvas).toEqual({
      name: 'Hot',
      id: 'c1',
      kind: 'Canvas',
      blocks: [
        { id: 'b1', type: 'SQL', position: { x: 1, y: 2 }, content: { sql: 'select 1', nested: [1] } },
        { id: 'b2', type: null, position: { x: 3, y: 4 }, content: null },
      ],
      tags: ['a', null, 'c'],
      count: 3,
      ratio: 0.5,
      ok: true,
      owner: { name: 'Ann', id: 'u1' },
      alias: 'Hot',
    });
  });

  it('keeps response keys named like Object.prototype members as own keys, merged like any other', () => {
    // As a JSON.parse'd answer has them: own keys (an object literal's __proto__ would set the prototype).
    const input = JSON.parse(
      '{"__proto__":{"name":"Me"},"toString":{"constructor":{"__typename":"User","id":"u1","name":"Ann"},"hasOwnProperty":"c1"},"c":{"__proto__":"Hot","valueOf":"Canvas"}}',
    ) as unknown;
    const answer = JSON.parse(expectSame(OPERATIONS.prototypeNames, input));
    expect(answer.data).toEqual(
      JSON.parse(
        '{"__proto__":{"name":"Me"},"toString":{"constructor":{"name":"Ann","id":"u1"},"hasOwnProperty":"c1"},"c":{"__proto__":"Hot","valueOf":"Canvas"}}',
      ),
    );
    expect(Object.getPrototypeOf(answer.data)).toBe(Object.prototype);
  });

  it('applies @skip/@include from variables and their defaults', () => {
    expectSame(OPERATIONS.directives, good(), { on: true });
    expectSame(OPERATIONS.directives, good(), { on: false, off: true });
  });

  it('evaluates @skip/@include per request when one Operation serves several (the executor reuses it)', () => {
    const operation = operationFromDocument(schema, parse(OPERATIONS.directives), { validate: false });
    const shape = (fn: ComputeResponse, variables: Record<string, unknown>) =>
      JSON.stringify(fn({ operation, variables, input: good(), introspectionHandling: () => null }).data);
    for (const on of [true, false, true])
      expect(shape(computeResponse, { on })).toBe(shape(apolloComputeResponse, { on }));
    expect(shape(computeResponse, { on: true })).not.toBe(shape(computeResponse, { on: false }));
  });

  it('merges fragments and repeated fields, and follows __typename for type conditions', () => {
    expectSame(OPERATIONS.fragments, good());
    expectSame(OPERATIONS.fragments, { ...good(), node: { __typename: 'User', id: 'x', name: 'U' } });
  });

  it('answers introspection fields through the handler, once per response name', () => {
    expect(JSON.parse(expectSame(OPERATIONS.introspection, good())).introspected).toHaveLength(2);
  });

  it('bubbles nulls and reports invalid values, __typename and non-null violations alike', () => {
    const input = good();
    input.canvas.blocks[1]!.position = null as never;
    input.canvas.owner = { __typename: 'Nope', id: 'u', name: 'x' };
    input.canvas.count = 'three' as never;
    const answer = JSON.parse(expectSame(OPERATIONS.canvas, input));
    // blocks: [Block!]! — the null climbs to the nullable canvas.
    expect(answer.data.canvas).toBeNull();
    expect(answer.errors.map((e: { message: string }) => e.message)).toEqual([
      'Cannot return null for non-nullable field Block.position.',
    ]);
    input.canvas.blocks[1]!.position = { x: 1, y: 1 };
    const partial = JSON.parse(expectSame(OPERATIONS.canvas, input));
    expect(partial.data.canvas.owner).toBeNull();
    expect(partial.errors.map((e: { message: string }) => e.message)).toEqual([
      'Invalid value found for field Canvas.count.',
      'Invalid __typename found for object at field Canvas.owner.',
    ]);
    expectSame(OPERATIONS.leaves, { ...good(), color: 'BLUE', grid: [[1.5, '2', true]], me: null });
    expectSame(OPERATIONS.leaves, null);
    expectSame(OPERATIONS.leaves, { grid: 'not a list' });
  });

  it('accepts and refuses the same leaf values for each built-in scalar and enum', () => {
    const leaves = [7, -0, -3, 1.5, 1e20, 1e21, 2 ** 53, Infinity, NaN, '12', 'RED', 'x', true, null];
    for (const value of leaves) {
      // One field at a time: an invalid non-null value (id, name) would hide the fields after it.
      for (const field of ['id', 'count', 'ratio', 'ok', 'name'])
        expectSame(OPERATIONS.canvas, { ...good(), canvas: { ...good().canvas, [field]: value } });
      expectSame(OPERATIONS.leaves, { ...good(), color: value, json: value });
    }
  });

  it('agrees with the original on 3,000 randomly damaged answers', () => {
    const next = seededRandom(42);
    const queries = Object.values(OPERATIONS).filter((q) => q !== OPERATIONS.directives);
    for (let i = 0; i < 3000; i++) {
      let input: unknown = good();
      const damage = 1 + Math.floor(next() * 3);
      for (let d = 0; d < damage; d++) input = mutate(input, next);
      expectSame(queries[i % queries.length]!, input);
    }
    expectSame(OPERATIONS.directives, mutate(good(), next), { on: next() < 0.5 });
  });

  it('is what @apollo/gateway executes once installed', () => {
    const resultShaping = createRequire(import.meta.url)('@apollo/gateway/dist/resultShaping.js') as {
      computeResponse: ComputeResponse;
    };
    const before = resultShaping.computeResponse;
    try {
      useFastResultShaping();
      expect(resultShaping.computeResponse).toBe(computeResponse);
    } finally {
      resultShaping.computeResponse = before;
    }
  });
});
