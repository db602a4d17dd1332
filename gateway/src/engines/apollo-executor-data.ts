import { createRequire } from 'node:module';
import { assert } from '@apollo/federation-internals';
import type { QueryPlanSelectionNode } from '@apollo/query-planner';
import type { GraphQLSchema } from 'graphql';

/**
 * The data walks of @apollo/gateway's executor (dist/executeQueryPlan.js, dist/utilities/deepMerge.js),
 * with the same results and the same errors on damaged answers, without their per-value
 * allocations: the original flattens a path by destructuring `[current, ...rest]` at every level
 * of every list element, builds representations as `Object.create(null)` objects (hash-table
 * objects, slow to fill, to key and to serialise) and calls re-exported helpers through getters.
 * apollo-executor.test.ts runs both executors on the same plans and answers.
 */

type Json = Record<string, unknown>;
const require = createRequire(import.meta.url);
const { isObjectOfType } = require('@apollo/gateway/dist/dataRewrites.js') as {
  isObjectOfType(schema: GraphQLSchema, obj: Json, typeCondition: string): boolean;
};

const hasOwn = Object.prototype.hasOwnProperty;

const isObject = (value: unknown): value is Json =>
  value !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value);

/** A key written as an own property, even `__proto__` (the original's objects had no prototype). */
function set(output: Json, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(output, key, { value, enumerable: true, writable: true, configurable: true });
  else output[key] = value;
}

/** The original's `flattenResultsAtPath(value, path.slice(index))`. */
export function flattenResultsAtPath(value: unknown, path: readonly (string | number)[], index = 0): unknown {
  if (index === path.length) return value;
  if (value === undefined || value === null) return value;
  const current = path[index];
  if (current === '@') {
    // Not a list: the original's own TypeError (`value.flatMap is not a function`).
    if (!Array.isArray(value))
      return (value as unknown as unknown[]).flatMap((element) =>
        flattenResultsAtPath(element, path, index + 1),
      );
    const flattened: unknown[] = [];
    for (const element of value) {
      const inner = flattenResultsAtPath(element, path, index + 1);
      if (Array.isArray(inner)) for (const item of inner) flattened.push(item);
      else flattened.push(inner);
    }
    return flattened;
  }
  if (typeof current !== 'string') assert(false, () => `Unexpected ${typeof current} found in path`);
  if (Array.isArray(value)) assert(false, () => `Unexpected array in result for path element ${current}`);
  const object = value as Json;
  return flattenResultsAtPath(hasOwn.call(object, current) ? object[current] : undefined, path, index + 1);
}

/** The original deepMerge: source's defined keys into target, objects and same-length lists merged in place. */
export function deepMerge(target: Json, source: unknown): Json {
  if (source === undefined || source === null) return target;
  const from = source as Json;
  for (const key of Object.keys(from)) {
    const value = from[key];
    if (value === undefined) continue;
    if (!hasOwn.call(target, key) && key in target)
      Object.defineProperty(target, key, {
        configurable: true,
        enumerable: true,
        value: undefined,
        writable: true,
      });
    const existing = target[key];
    if (existing && isObject(value)) {
      deepMerge(existing as Json, value);
    } else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) {
      for (let i = 0; i < value.length; i++) {
        if (isObject(existing[i]) && isObject(value[i])) deepMerge(existing[i] as Json, value[i]);
        else existing[i] = value[i];
      }
    } else {
      target[key] = value;
    }
  }
  return target;
}

/**
 * An entity's representation: the original executeSelectionSet over a fetch's `requires`. Null
 * when a required field is absent; output objects are plain `{}` with own keys only.
 */
export function executeSelectionSet(
  schema: GraphQLSchema,
  source: unknown,
  selections: readonly QueryPlanSelectionNode[],
): Json | null {
  if (source === null) return null;
  const object = source as Json;
  let result: Json = {};
  let empty = true;
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      const responseName = selection.alias ? selection.alias : selection.name;
      const children = selection.selections;
      if (!hasOwn.call(object, responseName) || typeof object[responseName] === 'undefined') return null;
      const value = object[responseName];
      empty = false;
      if (Array.isArray(value)) {
        set(
          result,
          responseName,
          value.map((element) => (children ? executeSelectionSet(schema, element, children) : element)),
        );
      } else if (children) {
        set(result, responseName, executeSelectionSet(schema, value, children));
      } else {
        set(result, responseName, value);
      }
    } else if (selection.kind === 'InlineFragment') {
      if (!selection.typeCondition || !source) continue;
      if (isObjectOfType(schema, object, selection.typeCondition)) {
        const fragment = executeSelectionSet(schema, object, selection.selections);
        // Merged into nothing yet, a fragment's own fresh object is the merge (no value of it is undefined).
        if (empty && fragment) result = fragment;
        else deepMerge(result, fragment);
        if (fragment) empty = false;
      }
    }
  }
  return result;
}
