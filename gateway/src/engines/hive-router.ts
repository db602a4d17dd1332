// An optional query planner and executor for the gateway (GATEWAY_ENGINE=hive-router): Hive
// Router's Rust query planner and its executor (@graphql-hive/router-runtime), run by
// @graphql-mesh/fusion-runtime, behind Apollo Server as a GatewayInterface — so every Tessera
// plugin (limits, scopes, rate limits, audit, masking, request ids, tracing, HTTP status) runs
// unchanged around it, and subgraph calls go through the same pooled client, signed identity,
// in-flight deduplication and unavailable-subgraph handling as the default @apollo/gateway engine.
import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import { Supergraph } from '@apollo/federation-internals';
import { GraphQLError, print, type DocumentNode, type ExecutionResult } from 'graphql';
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from '@tessera/auth';
import type { Logger } from '@tessera/logger';
import { traceOutgoingRequest } from '@tessera/tracing';
import type { GatewayContext } from '../context.ts';
import { InflightRequests } from '../inflight-requests.ts';
import { SubgraphClient, type SubgraphHttpResponse } from '../subgraph-http/pooled-client.ts';
import {
  callerKey,
  unavailableResult,
  type FetchObserver,
  type SubgraphRequestOptions,
} from '../subgraphs.ts';

const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

// The two runtime packages are imported by name held in a variable: their type declarations
// augment graphql's GraphQLErrorExtensions (graphql-yoga's `http.headers` record), which would
// retype this workspace's own errors. What is used of them is typed here.
interface ExecutionRequest {
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
  context?: unknown;
}
type Executor = ((request: ExecutionRequest) => Promise<ExecutionResult | AsyncIterable<unknown>>) & {
  [Symbol.asyncDispose]?: () => Promise<void>;
};
interface FusionRuntime {
  getExecutorForUnifiedGraph(options: {
    getUnifiedGraph: () => string;
    handleUnifiedGraph: unknown;
    batch?: boolean;
    transports: () => {
      getSubgraphExecutor(payload: {
        subgraphName: string;
        transportEntry: { location?: string };
      }): (request: ExecutionRequest) => Promise<ExecutionResult>;
    };
  }): Executor;
}
const FUSION_RUNTIME = '@graphql-mesh/fusion-runtime';
const ROUTER_RUNTIME = '@graphql-hive/router-runtime';

/** Printed subgraph operations, once per plan's document. */
const printed = new WeakMap<DocumentNode, string>();
function printOnce(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** A subgraph's answer with its errors as GraphQLErrors (message, path, extensions), as the executor expects. */
function withGraphQLErrors(result: {
  data?: unknown;
  errors?: { message?: unknown; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}): ExecutionResult {
  if (!Array.isArray(result.errors)) return result as ExecutionResult;
  return {
    ...(result as ExecutionResult),
    errors: result.errors.map(
      (error) =>
        new GraphQLError(typeof error?.message === 'string' ? error.message : 'Subgraph error', {
          ...(Array.isArray(error?.path) ? { path: error.path } : {}),
          ...(error?.extensions && typeof error.extensions === 'object'
            ? { extensions: error.extensions }
            : {}),
        }),
    ),
  };
}

/** What the fusion runtime hands a subgraph executor: Tessera's request context under `tessera`. */
interface EngineContext {
  tessera?: GatewayContext;
  operation?: 'query' | 'mutation' | 'subscription';
}

export interface HiveRouterGatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL (the supergraph's, with the config's overrides). */
  subgraphs: Record<string, string>;
  requestOptions?: SubgraphRequestOptions;
  observeFetch?: FetchObserver;
  logger?: Pick<Logger, 'error'>;
}

/** One subgraph's executor: the pooled HTTP client with Tessera's headers. */
function subgraphExecutor(name: string, url: string, options: HiveRouterGatewayOptions) {
  const client = new SubgraphClient(url, options.requestOptions ?? {});
  const inflight = new InflightRequests<SubgraphHttpResponse>();
  const dedupe = options.requestOptions?.dedupeInflightQueries ?? true;
  const executor = async (request: ExecutionRequest): Promise<ExecutionResult> => {
    const context = (request.context ?? {}) as EngineContext;
    const query = printOnce(request.document);
    const body = JSON.stringify({
      query,
      ...(request.variables && Object.keys(request.variables).length > 0
        ? { variables: request.variables }
        : {}),
      ...(request.operationName ? { operationName: request.operationName } : {}),
    });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const tessera = context.tessera;
    if (tessera && 'identityToken' in tessera) {
      headers[IDENTITY_HEADER] = tessera.identityToken;
      headers[REQUEST_ID_HEADER] = tessera.identity.requestId;
    }
    const shareable = dedupe && tessera && 'identityToken' in tessera && context.operation === 'query';
    const started = performance.now();
    let response: SubgraphHttpResponse;
    try {
      const send = shareable
        ? () => inflight.run(`${callerKey(tessera)}\n${body}`, () => client.post(body, headers))
        : () => client.post(body, headers);
      // A client span per subgraph call when tracing is on (as the default engine's data source).
      response = await traceOutgoingRequest(
        `POST ${name}`,
        { 'http.request.method': 'POST', 'url.full': url, 'tessera.subgraph': name },
        headers,
        send,
        (answer) => answer.status,
      );
    } catch {
      options.observeFetch?.(name, 'error', (performance.now() - started) / 1000);
      return withGraphQLErrors(unavailableResult(query, request.variables) as never);
    }
    options.observeFetch?.(name, String(response.status), (performance.now() - started) / 1000);
    if (UNAVAILABLE_STATUSES.has(response.status))
      return withGraphQLErrors(unavailableResult(query, request.variables) as never);
    if (response.status < 200 || response.status > 299)
      return {
        errors: [
          new GraphQLError(`${response.status}: ${response.statusText}`, {
            extensions: {
              ...(response.status === 401 ? { code: 'UNAUTHENTICATED' } : {}),
              ...(response.status === 403 ? { code: 'FORBIDDEN' } : {}),
            },
          }),
        ],
      };
    return withGraphQLErrors(JSON.parse(response.text) as never);
  };
  return Object.assign(executor, { close: () => client.close() });
}

/** Apollo Server's gateway slot, filled by Hive Router's planner and executor. */
export function createHiveRouterGateway(options: HiveRouterGatewayOptions): GatewayInterface & {
  /** The API schema (what clients see), once loaded. */
  readonly apiSchema: ReturnType<ReturnType<Supergraph['apiSchema']>['toGraphQLJSSchema']> | null;
} {
  const callbacks = new Set<GatewaySchemaLoadOrUpdateCallback>();
  const executors = new Map<string, ReturnType<typeof subgraphExecutor>>();
  let engine: Executor | null = null;
  let apiSchema: ReturnType<ReturnType<Supergraph['apiSchema']>['toGraphQLJSSchema']> | null = null;

  return {
    get apiSchema() {
      return apiSchema;
    },
    onSchemaLoadOrUpdate(callback) {
      callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
    async load() {
      apiSchema = Supergraph.build(options.supergraphSdl).apiSchema().toGraphQLJSSchema();
      const { getExecutorForUnifiedGraph } = (await import(FUSION_RUNTIME)) as FusionRuntime;
      const { unifiedGraphHandler } = (await import(ROUTER_RUNTIME)) as { unifiedGraphHandler: unknown };
      engine = getExecutorForUnifiedGraph({
        getUnifiedGraph: () => options.supergraphSdl,
        handleUnifiedGraph: unifiedGraphHandler,
        batch: false,
        transports: () => ({
          getSubgraphExecutor({ subgraphName, transportEntry }) {
            let executor = executors.get(subgraphName);
            if (!executor) {
              const url = options.subgraphs[subgraphName] ?? transportEntry.location!;
              executor = subgraphExecutor(subgraphName, url, options);
              executors.set(subgraphName, executor);
            }
            return executor;
          },
        }),
      });
      // As @apollo/gateway: a listener that throws is logged and does not stop the load.
      for (const callback of callbacks) {
        try {
          callback({ apiSchema, coreSupergraphSdl: options.supergraphSdl });
        } catch (err) {
          options.logger?.error({ err }, 'a schema listener failed');
        }
      }
      const run = engine;
      const executor: GatewayExecutor = async (requestContext) => {
        const result = await run({
          document: requestContext.document,
          variables: requestContext.request.variables ?? {},
          operationName: requestContext.operationName ?? undefined,
          context: {
            tessera: requestContext.context as GatewayContext,
            operation: requestContext.operation.operation,
          } satisfies EngineContext,
        });
        if (result && typeof result === 'object' && Symbol.asyncIterator in result)
          throw new Error('Streaming results are not supported by this engine');
        return result as Awaited<ReturnType<GatewayExecutor>>;
      };
      return { executor };
    },
    async stop() {
      await engine?.[Symbol.asyncDispose]?.();
      await Promise.all([...executors.values()].map((executor) => executor.close()));
      executors.clear();
    },
  };
}
