import { createRequire } from 'node:module';
import type { Operation, Schema } from '@apollo/federation-internals';
import type { DefinitionNode, DocumentNode } from 'graphql';

/**
 * @apollo/gateway's executor (dist/executeQueryPlan.js) rebuilds the client's operation as a
 * federation `Operation` on every request — `operationFromDocument(apiSchema, { definitions:
 * [operation, ...fragments] }, { validate: false })` — although its query plan is cached. Apollo
 * Server hands every request with the same text the same parsed definitions, so the Operation is
 * kept per operation definition (and schema and fragments): the executor and the result shaping
 * only read it. Other calls (planning, validation) are passed through unchanged.
 */
type OperationFromDocument = (
  schema: Schema,
  document: DocumentNode,
  options?: { operationName?: string; validate?: boolean },
) => Operation;

const require = createRequire(import.meta.url);
const ORIGINAL = Symbol.for('tessera.operationFromDocument');
// The module behind @apollo/federation-internals' re-export, which reads this property at each call.
const operations = require('@apollo/federation-internals/dist/operations.js') as {
  operationFromDocument: OperationFromDocument;
  [ORIGINAL]?: OperationFromDocument;
};
operations[ORIGINAL] ??= operations.operationFromDocument;
const original = operations[ORIGINAL];

interface Cached {
  schema: Schema;
  definitions: readonly DefinitionNode[];
  operation: Operation;
}
const cache = new WeakMap<DefinitionNode, Cached>();

function sameDefinitions(a: readonly DefinitionNode[], b: readonly DefinitionNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const operationFromDocument: OperationFromDocument = (schema, document, options) => {
  const first = document.definitions[0];
  // The executor's call: unvalidated, one operation and its fragments, no operation name.
  if (!first || options?.validate !== false || options.operationName !== undefined)
    return original(schema, document, options);
  const hit = cache.get(first);
  if (hit && hit.schema === schema && sameDefinitions(hit.definitions, document.definitions))
    return hit.operation;
  const operation = original(schema, document, options);
  cache.set(first, { schema, definitions: [...document.definitions], operation });
  return operation;
};

/** What the tests compare with. */
export const federationOperationFromDocument: OperationFromDocument = original;

export function useOperationCache(): void {
  operations.operationFromDocument = operationFromDocument;
}
