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
