import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from '@tessera/auth';
import { traceOutgoingRequest, tracingEnabled } from '@tessera/tracing';
import type { GatewayContext } from './context.ts';
import { InflightRequests } from './inflight-requests.ts';
import { dedupeRepresentations, expandEntitiesAnswer, isEntitiesFetch } from './entity-representations.ts';
import {
  SubgraphClient,
  type SubgraphClientOptions,
  type SubgraphHttpResponse,
} from './subgraph-http/pooled-client.ts';

/** Subgraph names and URLs as declared in the supergraph's join__Graph enum. */
export function subgraphsOf(supergraphSdl: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]+)"\)/g)) {
    found[match[1]!] = match[2]!;
  }
  return found;
}

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

/** Told of every subgraph round trip: the subgraph, the HTTP status (or `error`), and its duration. */
export type FetchObserver = (subgraph: string, outcome: string, seconds: number) => void;

export interface SubgraphRequestOptions extends SubgraphClientOptions {
  /**
   * Identical subgraph requests in flight at the same moment, for the same caller (principal and
   * client IP) and within query operations, share one HTTP round trip; each request still gets
   * its own parsed copy of the answer. Mutations are never shared. Like Apollo Client's query
   * deduplication and Hive Gateway's default; the subgraph then sees one request id for them.
   */
  dedupeInflightQueries?: boolean;
}

const defaults: Required<Pick<SubgraphRequestOptions, 'dedupeInflightQueries'>> & SubgraphClientOptions = {
  dedupeInflightQueries: true,
};

/** The caller as subgraphs see it, without the request id: the part of the identity that may change an answer. */
const callerKeys = new WeakMap<object, string>();
export function callerKey(context: GatewayContext): string {
  let key = callerKeys.get(context);
  if (key === undefined) {
    key = JSON.stringify([context.identity.principal, context.identity.ip ?? null]);
    callerKeys.set(context, key);
  }
  return key;
}
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** `max-age=60, private` → { 'max-age': '60', private: true } */
function parseCacheControl(header: string | undefined): Record<string, string | true> {
  const parsed: Record<string, string | true> = {};
  for (const part of header?.split(',') ?? []) {
    const [key, value] = part.trim().split('=');
    if (key) parsed[key.toLowerCase()] = value?.replace(/^"|"$/g, '') ?? true;
  }
  return parsed;
}

type CacheHint = Readonly<{ maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' }>;
/** Hints by Cache-Control value: subgraphs send a handful of distinct values, parsed once each. */
const cacheHints = new Map<string | undefined, CacheHint>();

function cacheHint(header: string | undefined): CacheHint {
  let hint = cacheHints.get(header);
  if (hint) return hint;
  const parsed = parseCacheControl(header);
  const maxAge = parsed['max-age'];
  hint = {
    maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0,
    ...(parsed.private === true ? { scope: 'PRIVATE' as const } : {}),
    ...(parsed.public === true ? { scope: 'PUBLIC' as const } : {}),
  };
  Object.freeze(hint);
  if (cacheHints.size < 100) cacheHints.set(header, hint);
  return hint;
}

function isJson(contentType: string): boolean {
  return (
    contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json')
  );
}

/** A subgraph (or the proxy in front of it) saying it cannot serve now. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';
export const SUBGRAPH_UNAVAILABLE_MESSAGE = 'This data is temporarily unavailable; try again shortly';

/** The response keys (alias or name) a selection set asks for, through fragments. */
function responseKeys(
  selectionSet: SelectionSetNode | undefined,
  into: Set<string> = new Set(),
): Set<string> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') into.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      responseKeys(selection.selectionSet, into);
    }
  }
  return into;
}

/**
 * What a subgraph that did not answer "returned": no data, and one SUBGRAPH_UNAVAILABLE error per
 * field the gateway asked it for, with the field's path in the subgraph operation (an entity
 * fetch: `_entities.<i>.<field>`). The gateway maps those paths onto the client's operation, so a
 * nullable field owned by that subgraph is null with a typed error at its path, and the rest of
 * the answer is served.
 */
export function unavailableResult(
  query: string,
  variables: Record<string, unknown> | undefined,
): GatewayGraphQLResponse {
  let document: DocumentNode | undefined;
  try {
    document = parse(query);
  } catch {
    document = undefined;
  }
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const errors: { message: string; path: (string | number)[]; extensions: Record<string, unknown> }[] = [];
  const error = (path: (string | number)[]) => ({
    message: SUBGRAPH_UNAVAILABLE_MESSAGE,
    path,
    extensions: { code: SUBGRAPH_UNAVAILABLE },
  });
  for (const selection of operation?.kind === Kind.OPERATION_DEFINITION
    ? operation.selectionSet.selections
    : []) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value === '_entities') {
      const representations = Array.isArray(variables?.representations)
        ? variables.representations.length
        : 0;
      const fields = [...responseKeys(selection.selectionSet)];
      for (let i = 0; i < representations; i++)
        for (const field of fields) errors.push(error([key, i, field]));
    } else {
      errors.push(error([key]));
    }
  }
  if (errors.length === 0)
    errors.push({
      message: SUBGRAPH_UNAVAILABLE_MESSAGE,
      path: [],
      extensions: { code: SUBGRAPH_UNAVAILABLE },
    });
  return { errors } as unknown as GatewayGraphQLResponse;
}

/**
 * Forwards the signed identity and request id; the client's own headers never reach subgraphs.
 *
 * Requests go through a keep-alive undici pool per subgraph (./subgraph-http/pooled-client.ts) instead
 * of RemoteGraphQLDataSource's default make-fetch-happen fetcher; what reaches the subgraph (body,
 * headers) and what the gateway makes of the answer (errors for non-2xx, cache-control hints,
 * didReceiveResponse) are unchanged. APQ, if ever turned on, takes the original path.
 * Identical queries in flight for the same caller share one round trip (SubgraphRequestOptions).
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private client?: SubgraphClient;
  private dedupe = false;
  private readonly inflight = new InflightRequests<SubgraphHttpResponse>();
  /** Pool size, timeouts and deduplication for this subgraph (the gateway's config: SUBGRAPH_DEDUPE_QUERIES). */
  declare requestOptions?: SubgraphRequestOptions;
  /** The subgraph's name in the supergraph (metrics labels, span names). */
  declare subgraphName?: string;
  declare observeFetch?: FetchObserver;

  constructor(
    config?: Partial<RemoteGraphQLDataSource<GatewayContext>> & {
      requestOptions?: SubgraphRequestOptions;
      subgraphName?: string;
      observeFetch?: FetchObserver;
    },
  ) {
    super(config);
  }

  override willSendRequest({ request, context }: ProcessOptions): void {
    if (!('identityToken' in context)) return;
    request.http?.headers.set(IDENTITY_HEADER, context.identityToken);
    request.http?.headers.set(REQUEST_ID_HEADER, context.identity.requestId);
  }

  override async process(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    if (this.apq) return super.process(options);
    const { request, context } = options;
    if (!request.query) throw new Error('Missing query');

    const headers: Record<string, string> = {};
    // Headers the gateway itself adds (the federated tracing opt-in), never the client's.
    if (request.http?.headers)
      for (const [name, value] of request.http.headers) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    if ('identityToken' in context) {
      headers[IDENTITY_HEADER] = context.identityToken;
      headers[REQUEST_ID_HEADER] = context.identity.requestId;
    }
    const { http: _http, ...payload } = request;
    // An entity fetch sends each distinct representation once (./entity-representations.ts).
    const representations = request.variables?.representations;
    const deduped =
      Array.isArray(representations) && isEntitiesFetch(request.query)
        ? dedupeRepresentations(representations)
        : null;
    const body = JSON.stringify(
      deduped
        ? { ...payload, variables: { ...payload.variables, representations: deduped.unique } }
        : payload,
    );

    const client = this.client ?? this.createClient();
    const shareable =
      this.dedupe &&
      'identityToken' in context &&
      'incomingRequestContext' in options &&
      options.incomingRequestContext.operation?.operation === 'query' &&
      !headers['apollo-federation-include-trace'];
    // Not a named closure per fetch (tsx's keepNames would define its name): made only for a trace.
    const sharedKey = shareable ? `${callerKey(context as GatewayContext)}\n${body}` : null;
    const subgraph = this.subgraphName ?? this.url ?? 'unknown';
    const started = performance.now();
    let response: SubgraphHttpResponse;
    try {
      // Tracing off (the default): no span attributes built, no wrapper around the send.
      response = tracingEnabled()
        ? await traceOutgoingRequest(
            `POST ${subgraph}`,
            { 'http.request.method': 'POST', 'url.full': this.url ?? '', 'tessera.subgraph': subgraph },
            headers,
            () => this.send(client, body, headers, sharedKey),
            (answer) => answer.status,
          )
        : await this.send(client, body, headers, sharedKey);
    } catch (error) {
      this.observeFetch?.(subgraph, 'error', (performance.now() - started) / 1000);
      // No answer at all (refused, reset, timed out): the fields this fetch serves are unavailable.
      if ('incomingRequestContext' in options) return unavailableResult(request.query, request.variables);
      throw error;
    }
    this.observeFetch?.(subgraph, String(response.status), (performance.now() - started) / 1000);
    if (UNAVAILABLE_STATUSES.has(response.status) && 'incomingRequestContext' in options)
      return unavailableResult(request.query, request.variables);
    if (response.status < 200 || response.status > 299) throw this.statusError(response);
    const parsed: unknown = isJson(response.contentType) ? JSON.parse(response.text) : response.text;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    const result = (deduped ? expandEntitiesAnswer(parsed, deduped) : parsed) as GatewayGraphQLResponse;

    const incoming = 'incomingRequestContext' in options ? options : null;
    if (incoming && this.honorSubgraphCacheControlHeader) {
      const policy: unknown = incoming.incomingRequestContext.overallCachePolicy;
      if (policy && typeof policy === 'object' && 'restrict' in policy)
        this.restrictCachePolicy(policy as { restrict(hint: object): void }, response.cacheControl);
    }
    if (!this.didReceiveResponse) return result;
    return this.didReceiveResponse({
      response: result,
      request,
      context: context as GatewayContext,
      ...(incoming?.pathInIncomingRequest ? { pathInIncomingRequest: incoming.pathInIncomingRequest } : {}),
    });
  }

  /** One round trip, shared with identical queries in flight under `sharedKey` when there is one. */
  private send(
    client: SubgraphClient,
    body: string,
    headers: Record<string, string>,
    sharedKey: string | null,
  ): Promise<SubgraphHttpResponse> {
    if (sharedKey === null) return client.post(body, headers);
    return this.inflight.run(sharedKey, () => client.post(body, headers));
  }

  /** Closes this subgraph's connections (the gateway's stop()); a later request opens new ones. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.close();
  }

  private createClient(): SubgraphClient {
    const settings = { ...defaults, ...this.requestOptions };
    this.dedupe = settings.dedupeInflightQueries;
    this.client = new SubgraphClient(this.url, settings);
    return this.client;
  }

  /** As RemoteGraphQLDataSource.errorFromResponse: `<status>: <text>`, the body in extensions. */
  private statusError(response: SubgraphHttpResponse): GraphQLError {
    let body: unknown = response.text;
    if (isJson(response.contentType)) {
      try {
        body = JSON.parse(response.text);
      } catch {
        // keep the text
      }
    }
    const extensions: Record<string, unknown> = {
      response: { url: this.url, status: response.status, statusText: response.statusText, body },
    };
    if (response.status === 401) extensions.code = 'UNAUTHENTICATED';
    else if (response.status === 403) extensions.code = 'FORBIDDEN';
    return new GraphQLError(`${response.status}: ${response.statusText}`, { extensions });
  }

  /** As RemoteGraphQLDataSource: the subgraph's Cache-Control restricts the response's cache policy. */
  private restrictCachePolicy(policy: { restrict(hint: object): void }, header: string | undefined): void {
    policy.restrict(cacheHint(header));
  }
}
