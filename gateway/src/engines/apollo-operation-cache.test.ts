import { createRequire } from 'node:module';
import { buildSchema } from '@apollo/federation-internals';
import { parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  federationOperationFromDocument,
  operationFromDocument,
  useOperationCache,
} from './apollo-operation-cache.ts';

const sdl = 'type Query { me: User } type User { id: ID! name: String }';
const schema = buildSchema(sdl);
const parsed = parse(
  'query Me($full: Boolean!) { me { id ...F @include(if: $full) } } fragment F on User { name }',
);

/** As @apollo/gateway's executor builds it: a fresh document around the same definitions. */
const executorDocument = (): DocumentNode => ({ kind: parsed.kind, definitions: [...parsed.definitions] });

describe('operation cache (the executor’s per-request operationFromDocument)', () => {
  it('gives the executor the same Operation for the same definitions, equal to a fresh one', () => {
    const first = operationFromDocument(schema, executorDocument(), { validate: false });
    // Identity compared as booleans: printing an Operation (schema included) on failure takes minutes.
    expect(operationFromDocument(schema, executorDocument(), { validate: false }) === first).toBe(true);
    expect(first.toString()).toBe(
      federationOperationFromDocument(schema, executorDocument(), { validate: false }).toString(),
    );
  });

  it('builds afresh for another schema, other fragments or definitions, and for every other call', () => {
    const cached = operationFromDocument(schema, executorDocument(), { validate: false });
    expect(operationFromDocument(buildSchema(sdl), executorDocument(), { validate: false }) === cached).toBe(
      false,
    );
    const otherFragment = parse('fragment F on User { id }').definitions[0]!;
    const withOther: DocumentNode = {
      kind: parsed.kind,
      definitions: [parsed.definitions[0]!, otherFragment],
    };
    const other = operationFromDocument(schema, withOther, { validate: false });
    expect(other === cached).toBe(false);
    expect(other.toString()).not.toBe(cached.toString());
    expect(operationFromDocument(schema, parsed, { operationName: 'Me' }) === cached).toBe(false);
    expect(operationFromDocument(schema, parsed) === operationFromDocument(schema, parsed)).toBe(false);
  });

  it('is what @apollo/federation-internals hands its CommonJS callers once installed', () => {
    const require = createRequire(import.meta.url);
    const operations = require('@apollo/federation-internals/dist/operations.js') as {
      operationFromDocument: unknown;
    };
    const before = operations.operationFromDocument;
    try {
      useOperationCache();
      expect((require('@apollo/federation-internals') as typeof operations).operationFromDocument).toBe(
        operationFromDocument,
      );
    } finally {
      operations.operationFromDocument = before;
    }
  });
});
