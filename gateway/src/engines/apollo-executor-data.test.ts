import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deepMerge, flattenResultsAtPath } from './apollo-executor-data.ts';
import { seededRandom } from '@tessera/testing';

const require = createRequire(import.meta.url);
const original = require('@apollo/gateway/dist/utilities/deepMerge.js') as {
  deepMerge(target: unknown, source: unknown): unknown;
};

// Prototype names included: deepMerge defines them as own keys.
const KEYS = ['a', 'b', 'list', 'constructor', 'toString'];
const LEAVES = [null, undefined, 0, 'x', true, 2];

/** A random answer fragment: objects, lists of 1–3 values, leaves. */
function value(next: () => number, depth: number): unknown {
  const pick = next();
  if (depth > 3 || pick < 0.35) return LEAVES[Math.floor(next() * LEAVES.length)];
  if (pick < 0.55) return Array.from({ length: 1 + Math.floor(next() * 3) }, () => value(next, depth + 1));
  return object(next, depth);
}
function object(next: () => number, depth: number): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of KEYS) if (next() < 0.6) fields[key] = value(next, depth + 1);
  return fields;
}

/** The merged value as JSON (undefined kept visible), or the error thrown. */
function outcome(merge: () => unknown): string {
  try {
    return JSON.stringify(merge(), (_k, x: unknown) => (x === undefined ? '<undefined>' : x));
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
}

describe('deepMerge (as @apollo/gateway dist/utilities/deepMerge.js)', () => {
  it('merges random targets and sources to the same result', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const next = seededRandom(seed);
      const target = JSON.stringify(object(next, 0));
      const source = object(next, 0);
      const expected = outcome(() => original.deepMerge(JSON.parse(target), source));
      expect(outcome(() => deepMerge(JSON.parse(target) as Record<string, unknown>, source))).toBe(expected);
    }
  });
});

describe('flattenResultsAtPath', () => {
  const data = {
    users: [
      { reviews: [{ product: { upc: 'p1' } }, { product: null }] },
      null,
      { reviews: [] },
      { reviews: [{ product: [{ upc: 'nested' }] }] },
    ],
  };
  it('collects the values at a path through lists, nulls kept and one level of list spread', () => {
    expect(flattenResultsAtPath(data, ['users', '@', 'reviews', '@', 'product'])).toEqual([
      { upc: 'p1' },
      null,
      null, // the null user
      { upc: 'nested' },
    ]);
  });
  it('throws the original errors on a list where an object belongs and on a non-list at @', () => {
    expect(() => flattenResultsAtPath(data, ['users', 'reviews'])).toThrow(
      'Unexpected array in result for path element reviews',
    );
    expect(() => flattenResultsAtPath({ users: { id: 1 } }, ['users', '@'])).toThrow(
      'value.flatMap is not a function',
    );
  });
});
