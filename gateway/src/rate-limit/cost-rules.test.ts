import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, operationCost } from './cost.ts';

const cost = (query: string, operationName: string | null = null, variables: Record<string, unknown> = {}) =>
  operationCost(parse(query), operationName, variables);

describe('static operation cost', () => {
  it('multiplies by last as by first, literal or variable', () => {
    expect(cost('{ comments(canvasId: "c", last: 4) { edges { cursor } } }')).toBe(1 + 4 * 2);
    expect(
      cost('query($n: Int) { comments(canvasId: "c", last: $n) { edges { cursor } } }', null, { n: 7 }),
    ).toBe(1 + 7 * 2);
    expect(cost('{ comments(canvasId: "c", first: 3, last: 9) { edges { cursor } } }')).toBe(1 + 3 * 2);
  });

  it('a connection without a page size counts the default page of 50; other lists count once', () => {
    expect(cost('{ comments(canvasId: "c") { edges { cursor } } }')).toBe(1 + 50 * 2);
    expect(cost('{ me { organizations { id } } }')).toBe(3);
    expect(cost('query($n: Int) { comments(canvasId: "c", first: $n) { edges { cursor } } }', null, {})).toBe(
      1 + 50 * 2,
    );
    expect(
      cost('query($n: Int) { comments(canvasId: "c", first: $n) { edges { cursor } } }', null, { n: '9' }),
    ).toBe(1 + 50 * 2);
    expect(cost('{ comments(canvasId: "c", first: "9") { edges { cursor } } }')).toBe(1 + 50 * 2);
  });

  it('a page of 0 still costs what it selects once', () => {
    expect(cost('{ comments(canvasId: "c", first: 0) { edges { cursor } } }')).toBe(1 + 2);
  });

  it('refuses negative pages and pages above 100, from literals and variables, at any depth', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(cost('{ comments(canvasId: "c", first: 100) { edges { cursor } } }')).toBe(1 + 100 * 2);
    expect(() => cost('{ comments(canvasId: "c", first: -1) { edges { cursor } } }')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'comments' }),
    );
    expect(() => cost('query($n: Int) { me { canvases(last: $n) { id } } }', null, { n: 101 })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'canvases' }),
    );
  });

  it('nested pages multiply', () => {
    expect(
      cost('{ projects(first: 10) { edges { node { canvases(first: 20) { edges { node { id } } } } } } }'),
    ).toBe(1 + 10 * (1 + (1 + (1 + 20 * (1 + (1 + 1))))));
  });

  it('counts inline fragments and spreads, a fragment once per path, and stops at cycles', () => {
    expect(cost('{ me { ... on User { id name } } }')).toBe(3);
    expect(cost('{ me { ...F ...F } } fragment F on User { id }')).toBe(3);
    expect(cost('{ me { ...A } } fragment A on User { id ...B } fragment B on User { name ...A }')).toBe(3);
    expect(cost('{ me { ...Missing } }')).toBe(1);
  });

  it('prices the named operation, the first when unnamed, and 0 for an unknown name', () => {
    const document = 'query A { me { id } } query B { me { id name email } }';
    expect(cost(document, 'B')).toBe(4);
    expect(cost(document, 'A')).toBe(2);
    expect(cost(document)).toBe(2);
    expect(cost(document, 'C')).toBe(0);
    expect(cost('fragment F on User { id }')).toBe(0);
  });
  it('finds the operation after fragment definitions, and skips unnamed ones when a name is asked', () => {
    expect(cost('fragment F on User { id } query { me { ...F } }')).toBe(2);
    expect(cost('{ me { id } } query B { me { id name } }', 'B')).toBe(3);
  });

  it('a connection selecting edges among other fields still counts the default page', () => {
    expect(cost('{ comments(canvasId: "c") { pageInfo { hasNextPage } edges { cursor } } }')).toBe(
      1 + 50 * (2 + 2),
    );
  });
});
