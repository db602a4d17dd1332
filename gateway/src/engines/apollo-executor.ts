import { createRequire } from 'node:module';
import { ERRORS, assert, errorCodeDef } from '@apollo/federation-internals';
import type { ServiceMap, executeQueryPlan as apolloExecute } from '@apollo/gateway';
import { evaluateCondition, type FetchNode, type PlanNode } from '@apollo/query-planner';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  executeSync,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { tracingEnabled } from '@tessera/tracing';
import { deepMerge, executeSelectionSet, flattenResultsAtPath } from './apollo-executor-data.ts';
// The per-operation cache itself: a named import of @apollo/federation-internals' export would
// bind the original (ESM takes a CommonJS module's exports as they were when it loaded).
import { operationFromDocument } from './apollo-operation-cache.ts';
import type { ComputeResponse } from './apollo-result-shaping.ts';

/**
 * @apollo/gateway's executeQueryPlan (dist/executeQueryPlan.js) for requests that neither capture
 * federated traces nor run with OpenTelemetry tracing on (Tessera's default): the same plan walk,
 * subgraph requests, merges, error paths and post-processing, without the per-node usage-reporting
 * trace objects and no-op spans the original builds for every plan node and fetch, and with the
 * data walks of ./apollo-executor-data.ts. Requests with traces or tracing take the original.
 * apollo-executor.test.ts runs both on the same plans and (damaged) subgraph answers.
 */

type Json = Record<string, unknown>;
type ExecuteQueryPlan = typeof apolloExecute;
type GatewayGraphQLRequestContext = Parameters<ExecuteQueryPlan>[2];
type Path = (string | number)[];

const require = createRequire(import.meta.url);
const ORIGINAL = Symbol.for('tessera.apolloExecuteQueryPlan');
const executor = require('@apollo/gateway/dist/executeQueryPlan.js') as {
  executeQueryPlan: ExecuteQueryPlan;
  generateHydratedPaths(parent: Path, path: Path, data: Json | null, result: Path[]): void;
  [ORIGINAL]?: ExecuteQueryPlan;
};
const resultShaping = require('@apollo/gateway/dist/resultShaping.js') as {
  computeResponse: ComputeResponse;
};
const { applyRewrites } = require('@apollo/gateway/dist/dataRewrites.js') as {
  applyRewrites(schema: GraphQLSchema, rewrites: FetchNode['inputRewrites'], value: unknown): void;
};
// Kept on the module object: a test runner may load this file again after it was installed.
executor[ORIGINAL] ??= executor.executeQueryPlan;
/** @apollo/gateway's own executeQueryPlan (what the tests compare with, and the path with traces). */
export const apolloExecuteQueryPlan: ExecuteQueryPlan = executor[ORIGINAL];

interface Cursor {
  path: Path;
  data: unknown;
  fullResult: Json;
}
interface ExecutionContext {
  operation: ReturnType<typeof operationFromDocument>;
  serviceMap: ServiceMap;
  requestContext: GatewayGraphQLRequestContext;
  supergraphSchema: GraphQLSchema;
  errors: GraphQLError[];
}

export const executeQueryPlan: ExecuteQueryPlan = async (...args) => {
  const [queryPlan, serviceMap, requestContext, operationContext, supergraphSchema, apiSchema] = args;
  if (requestContext.metrics?.captureTraces || tracingEnabled()) return apolloExecuteQueryPlan(...args);
  const errors: GraphQLError[] = [];
  let operation;
  try {
    operation = operationFromDocument(
      apiSchema,
      {
        kind: Kind.DOCUMENT,
        definitions: [operationContext.operation, ...Object.values(operationContext.fragments)],
      },
      { validate: false },
    );
  } catch (err) {
    if (err instanceof GraphQLError) return { errors: [err] };
    throw err;
  }
  const context: ExecutionContext = {
    operation,
    serviceMap,
    requestContext,
    supergraphSchema,
    errors,
  };
  const unfilteredData: Json = Object.create(null) as Json;
  if (queryPlan.node?.kind === 'Subscription')
    throw new Error('Execution of subscriptions not supported by gateway');
  if (queryPlan.node)
    await executeNode(context, queryPlan.node, {
      path: [],
      data: unfilteredData,
      fullResult: unfilteredData,
    });

  let data;
  try {
    const variables = requestContext.request.variables;
    let postProcessingErrors;
    ({ data, errors: postProcessingErrors } = resultShaping.computeResponse({
      operation,
      variables,
      input: unfilteredData,
      introspectionHandling: (f) =>
        executeIntrospection(
          operationContext.schema,
          f.expandFragments().toSelectionNode(),
          operationContext.operation.variableDefinitions,
          variables,
        ),
    }));
    if (errors.length === 0 && postProcessingErrors.length > 0)
      return { extensions: { valueCompletion: postProcessingErrors }, data };
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error] };
    if (error instanceof Error)
      return { errors: [new GraphQLError(error.message, { originalError: error })] };
    (requestContext.logger || console).error(
      'Unexpected error during query plan execution: ' + String(error),
    );
    return { errors: [new GraphQLError('Unexpected error during query plan execution')] };
  }
  return errors.length === 0 ? { data } : { errors, data };
};

async function executeNode(
  context: ExecutionContext,
  node: PlanNode,
  cursor: Cursor | undefined,
): Promise<void> {
  if (!cursor) return;
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await executeNode(context, child, cursor);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => executeNode(context, child, cursor)));
      return;
    case 'Flatten':
      return executeNode(context, node.node, moveIntoCursor(cursor, node.path));
    case 'Fetch':
      try {
        await executeFetch(context, node, cursor);
      } catch (error) {
        context.errors.push(error as GraphQLError);
      }
      return;
    case 'Condition': {
      const condition = evaluateCondition(
        node,
        context.operation.variableDefinitions,
        context.requestContext.request.variables,
      );
      const branch = condition ? node.ifClause : node.elseClause;
      if (branch) await executeNode(context, branch, cursor);
      return;
    }
    case 'Defer':
      assert(false, `@defer support is not available in the gateway`);
  }
}

function moveIntoCursor(cursor: Cursor, pathInCursor: Path): Cursor | undefined {
  const data = flattenResultsAtPath(cursor.data, pathInCursor);
  return data ? { path: cursor.path.concat(pathInCursor), data, fullResult: cursor.fullResult } : undefined;
}

async function executeFetch(context: ExecutionContext, fetch: FetchNode, cursor: Cursor): Promise<void> {
  const service = context.serviceMap[fetch.serviceName];
  if (!service) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
  const entities = (
    Array.isArray(cursor.data)
      ? cursor.data.filter((e) => e !== null && typeof e !== 'undefined')
      : [cursor.data]
  ) as Json[];
  if (entities.length < 1) return;
  const variables: Json = Object.create(null) as Json;
  if (fetch.variableUsages) {
    const provided = context.requestContext.request.variables;
    for (const name of fetch.variableUsages)
      if (provided && Object.hasOwn(provided, name) && typeof provided[name] !== 'undefined')
        variables[name] = provided[name];
  }
  const schema = context.supergraphSchema;
  if (!fetch.requires) {
    const received = await sendOperation(context, fetch, cursor, variables);
    if (received) applyRewrites(schema, fetch.outputRewrites, received);
    for (const entity of entities) deepMerge(entity, received);
    return;
  }
  const representations: Json[] = [];
  const representationToEntity: number[] = [];
  for (let index = 0; index < entities.length; index++) {
    const representation = executeSelectionSet(schema, entities[index], fetch.requires);
    if (representation && representation.__typename) {
      applyRewrites(schema, fetch.inputRewrites, representation);
      representations.push(representation);
      representationToEntity.push(index);
    }
  }
  if (representations.length < 1) return;
  if ('representations' in variables) throw new Error(`Variables cannot contain key "representations"`);
  const received = await sendOperation(context, fetch, cursor, { ...variables, representations });
  if (!received) return;
  const receivedEntities = received._entities;
  if (!(receivedEntities && Array.isArray(receivedEntities)))
    throw new Error(`Expected "data._entities" in response to be an array`);
  if (receivedEntities.length !== representations.length)
    throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
  // As the original: over `entities.length`, with the i-th answer merged into the i-th represented entity.
  for (let i = 0; i < entities.length; i++) {
    const receivedEntity = receivedEntities[i] as Json | undefined;
    const existingEntity = entities[representationToEntity[i]!]!;
    if (receivedEntity && !receivedEntity.__typename) receivedEntity.__typename = existingEntity.__typename;
    applyRewrites(schema, fetch.outputRewrites, receivedEntity);
    deepMerge(entities[representationToEntity[i]!]!, receivedEntity);
  }
}

async function sendOperation(
  context: ExecutionContext,
  fetch: FetchNode,
  cursor: Cursor,
  variables: Json,
): Promise<Json | null | undefined> {
  const requestContext = context.requestContext;
  const response = await context.serviceMap[fetch.serviceName]!.process({
    // GraphQLDataSourceRequestKind.INCOMING_OPERATION (@apollo/gateway does not export the enum).
    kind: 'incoming operation' as never,
    request: { query: fetch.operation, variables, operationName: fetch.operationName, http: undefined },
    incomingRequestContext: requestContext,
    context: requestContext.context,
    document: fetch.operationDocumentNode,
    pathInIncomingRequest: cursor.path,
  } as never);
  if (response.errors) {
    const errorPath = lazyErrorPaths(fetch, cursor);
    const errors = response.errors.map((error) =>
      downstreamServiceError(error, fetch.serviceName, errorPath),
    );
    context.errors.push(...errors);
    if (!response.extensions?.ftv1) {
      const errorPaths = response.errors.map((error) => ({ subgraph: fetch.serviceName, path: error.path }));
      const metrics = requestContext.metrics as { nonFtv1ErrorPaths?: unknown[] };
      if (metrics.nonFtv1ErrorPaths) metrics.nonFtv1ErrorPaths.push(...errorPaths);
      else metrics.nonFtv1ErrorPaths = errorPaths;
    }
  }
  return response.data as Json | null | undefined;
}

/** The original makeLazyErrorPathGenerator: an entity error's path in the client's response. */
function lazyErrorPaths(fetch: FetchNode, cursor: Cursor) {
  let hydratedPaths: Path[] | undefined;
  return (errorPath: readonly (string | number)[] | undefined): Path | undefined => {
    if (fetch.requires && typeof errorPath?.[1] === 'number') {
      if (!hydratedPaths) {
        hydratedPaths = [];
        executor.generateHydratedPaths([], cursor.path, cursor.fullResult, hydratedPaths);
      }
      return [...(hydratedPaths[errorPath[1]] ?? []), ...errorPath.slice(2)];
    }
    return errorPath ? [...cursor.path, ...errorPath.slice()] : undefined;
  };
}

function downstreamServiceError(
  originalError: { message?: string; path?: readonly (string | number)[]; extensions?: Json },
  serviceName: string,
  errorPath: ReturnType<typeof lazyErrorPaths>,
): GraphQLError {
  let { message } = originalError;
  const { extensions } = originalError;
  if (!message) message = `Error while fetching subquery from service "${serviceName}"`;
  const errorOptions = {
    originalError: originalError as Error,
    path: errorPath(originalError.path),
    extensions: { ...extensions, serviceName },
  };
  const codeDef = errorCodeDef(originalError as GraphQLError);
  if (!codeDef && extensions?.code) return new GraphQLError(message, errorOptions);
  return (codeDef ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, errorOptions);
}

function executeIntrospection(
  schema: GraphQLSchema,
  selection: FieldNode,
  variableDefinitions: readonly VariableDefinitionNode[] | undefined,
  variableValues: Record<string, unknown> | undefined,
): unknown {
  const used = new Set<string>();
  visit(selection, { Variable: ({ name }) => void used.add(name.value) });
  const usedDefinitions = variableDefinitions?.filter((d) => used.has(d.variable.name.value));
  assert(
    used.size === (usedDefinitions?.length ?? 0),
    () =>
      `Should have found all used variables ${[...used].join(',')} in definitions ${JSON.stringify(variableDefinitions)}`,
  );
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        variableDefinitions: usedDefinitions,
        selectionSet: { kind: Kind.SELECTION_SET, selections: [selection] },
      },
    ],
  };
  const { data, errors } = executeSync({ schema, document, rootValue: {}, variableValues });
  assert(
    !errors || errors.length === 0,
    () =>
      `Introspection query for ${JSON.stringify(selection)} should not have failed but got ${JSON.stringify(errors)}`,
  );
  assert(data, () => `Introspection query for ${JSON.stringify(selection)} should not have failed`);
  const key = selection.alias?.value ?? selection.name.value;
  return Object.hasOwn(data, key) ? data[key] : undefined;
}

/** Makes @apollo/gateway (dist/index.js reads the module's `executeQueryPlan` export per request) run the above. */
export function useFastExecutor(enabled = true): void {
  executor.executeQueryPlan = enabled ? executeQueryPlan : apolloExecuteQueryPlan;
}
