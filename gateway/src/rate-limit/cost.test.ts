import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from './cost.ts';

describe('operationCost', () => {
  it('counts fields and multiplies by page sizes', () => {
    expect(operationCost(parse('{ me { id name } }'), null, {})).toBe(3);
    expect(
      operationCost(
        parse('query($n: Int) { comments(canvasId: "c", first: $n) { edges { node { id } } } }'),
        null,
        { n: 10 },
      ),
    ).toBe(1 + 10 * 3);
  });
  it('refuses pages above 100', () => {
    expect(() =>
      operationCost(parse('{ comments(canvasId: "c", first: 101) { edges { cursor } } }'), null, {}),
    ).toThrow(/between 0 and 100/);
  });
  it('follows fragments once and ignores introspection', () => {
    expect(operationCost(parse('{ me { ...F } __typename } fragment F on User { id name }'), null, {})).toBe(
      3,
    );
  });
});

describe('operationCost per document', () => {
  it('gives the same cost again for a document without page-size variables', () => {
    const document = parse('{ a: comments(canvasId: "c", first: 20) { edges { node { id } } } me { id } }');
    const cost = operationCost(document, null, {});
    expect(cost).toBe(1 + 20 * 3 + 2);
    expect(operationCost(document, null, { ignored: 5 })).toBe(cost);
  });
  it('recomputes with each request’s variables when a page size is a variable', () => {
    const document = parse('query($n: Int) { comments(canvasId: "c", first: $n) { edges { cursor } } }');
    expect(operationCost(document, null, { n: 10 })).toBe(1 + 10 * 2);
    expect(operationCost(document, null, { n: 50 })).toBe(1 + 50 * 2);
    expect(() => operationCost(document, null, { n: 101 })).toThrow(/between 0 and 100/);
    expect(operationCost(document, null, {})).toBe(1 + 50 * 2);
  });
  it('keeps the operations of one document apart and refuses a too-large literal page every time', () => {
    const document = parse(
      'query A { me { id } } query B { comments(canvasId: "c", last: 5) { edges { cursor } } } query C { comments(canvasId: "c", first: 500) { edges { cursor } } }',
    );
    expect(operationCost(document, 'A', {})).toBe(2);
    expect(operationCost(document, 'B', {})).toBe(1 + 5 * 2);
    expect(operationCost(document, 'A', {})).toBe(2);
    for (let i = 0; i < 2; i++) expect(() => operationCost(document, 'C', {})).toThrow(/between 0 and 100/);
  });
});
