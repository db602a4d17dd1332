import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ApolloGateway, GraphQLDataSource, ServiceMap } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import { getVariableValues, type DocumentNode, type GraphQLSchema } from 'graphql';
import { tracingEnabled } from '@tessera/tracing';

/**
 * @apollo/gateway's per-request executor (`ApolloGateway.executor`, dist/index.js) for the
 * requests Tessera serves by default — tracing off, no query-plan debugging — with the same steps
 * and outcomes but less work per request: the original opens two no-op OpenTelemetry spans,
 * hashes the query hash with the operation name (SHA-256) for its plan-cache key, rebuilds the
 * operation context (a walk over the document) and the subgraph map, and awaits its plan cache.
 * Here the operation context is kept per parsed document (Apollo Server hands every request with
 * the same text the same DocumentNode) and a plan the original has stored is kept in a Map by
 * query hash and operation name, both dropped when the gateway loads another supergraph (a new
 * query planner). Variables are coerced against the schema on every request, as before.
 *
 * Anything else — tracing on, `debug`, `experimental_didResolveQueryPlan`, the query-plan header
 * of non-production gateways, and a plan not seen yet (planning, its errors, storing it) — goes
 * to the original executor. apollo-request-executor.test.ts compares both on the same requests.
 */

type GatewayExecutor = ApolloGateway['executor'];
type RequestContext = Parameters<GatewayExecutor>[0];
interface OperationContext {
  schema: GraphQLSchema;
  operation: { variableDefinitions?: readonly unknown[] };
  fragments: Record<string, unknown>;
}
/** What this module reads of the gateway (private fields of the pinned @apollo/gateway). */
interface GatewayInternals {
  executor: GatewayExecutor;
  schema?: GraphQLSchema;
  apiSchema?: unknown;
  supergraphSchema?: GraphQLSchema;
  queryPlanner?: object;
  queryPlanStore: { get(key: string): Promise<QueryPlan | undefined> };
  serviceMap: Record<string, { dataSource: GraphQLDataSource }>;
  config: { debug?: boolean; __exposeQueryPlanExperimental?: boolean; telemetry?: unknown };
  experimental_didResolveQueryPlan?: unknown;
}

const require = createRequire(import.meta.url);
const { buildOperationContext } = require('@apollo/gateway/dist/operationContext.js') as {
  buildOperationContext(options: {
    schema: GraphQLSchema;
    operationDocument: DocumentNode;
    operationName?: string;
  }): OperationContext;
};
// Read per call: useFastExecutor (./apollo-executor.ts) swaps this module's export.
const executorModule = require('@apollo/gateway/dist/executeQueryPlan.js') as {
  executeQueryPlan(
    plan: QueryPlan,
    serviceMap: ServiceMap,
    requestContext: RequestContext,
    operationContext: OperationContext,
    supergraphSchema: GraphQLSchema,
    apiSchema: unknown,
    telemetry: unknown,
  ): ReturnType<GatewayExecutor>;
};

/** Most plans kept here (the original's store holds them too; these are references). */
const MAX_PLANS = 1_000;

/** The original's plan-cache key (its `@apollo/utils.createhash` is Node's crypto on Node). */
function storeKey(queryHash: string, operationName: string | undefined): string {
  return operationName
    ? createHash('sha256').update(queryHash).update(operationName).digest('hex')
    : queryHash;
}

/** Replaces `gateway.executor` (before Apollo Server loads the gateway); returns the original. */
export function useLeanRequestExecutor(gateway: ApolloGateway): GatewayExecutor {
  const internals = gateway as unknown as GatewayInternals;
  const original = internals.executor;
  let planner: object | undefined;
  let plans = new Map<string, QueryPlan>();
  let serviceMap: ServiceMap = Object.create(null) as ServiceMap;
  let contexts = new WeakMap<DocumentNode, Map<string, OperationContext>>();

  const operationContextOf = (document: DocumentNode, operationName: string | undefined) => {
    let byName = contexts.get(document);
    if (!byName) contexts.set(document, (byName = new Map()));
    let context = byName.get(operationName ?? '');
    if (!context) {
      context = buildOperationContext({
        schema: internals.schema!,
        operationDocument: document,
        operationName,
      });
      byName.set(operationName ?? '', context);
    }
    return context;
  };

  const lean: GatewayExecutor = async (requestContext) => {
    const { request, document, queryHash } = requestContext;
    if (
      tracingEnabled() ||
      internals.config.debug ||
      internals.experimental_didResolveQueryPlan ||
      (internals.config.__exposeQueryPlanExperimental &&
        request.http?.headers.get('Apollo-Query-Plan-Experimental'))
    )
      return original(requestContext);
    if (internals.queryPlanner !== planner) {
      // Another supergraph: the original cleared its store; plans and contexts start afresh, and
      // the subgraphs' data sources (updated in place with the planner) are read again.
      planner = internals.queryPlanner;
      plans = new Map();
      contexts = new WeakMap();
      serviceMap = Object.create(null) as ServiceMap;
      for (const name in internals.serviceMap) serviceMap[name] = internals.serviceMap[name]!.dataSource;
    }
    const operationName = request.operationName ?? undefined;
    const planKey = operationName ? `${queryHash}\n${operationName}` : queryHash;
    const plan = plans.get(planKey);
    if (!plan) {
      const response = await original(requestContext);
      // Planned (or found) and stored by the original: kept here for the next requests.
      const stored = await internals.queryPlanStore.get(storeKey(queryHash, operationName));
      if (stored && internals.queryPlanner === planner) {
        if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
        plans.set(planKey, stored);
      }
      return response;
    }
    const operationContext = operationContextOf(document, operationName);
    const variableDefinitions = operationContext.operation.variableDefinitions;
    if (variableDefinitions) {
      const { errors } = getVariableValues(
        operationContext.schema,
        variableDefinitions as never,
        request.variables || {},
      );
      if (errors) return { errors };
    }
    return executorModule.executeQueryPlan(
      plan,
      serviceMap,
      requestContext,
      operationContext,
      internals.supergraphSchema!,
      internals.apiSchema,
      internals.config.telemetry,
    );
  };
  internals.executor = lean;
  return original;
}
