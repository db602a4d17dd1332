import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createInternalTokenCodec, PRINCIPALS_CHANGED_TOPIC, REQUEST_ID_HEADER } from '@tessera/auth';
import { createEventBus, type EventBus } from '@tessera/events';
import type { Logger } from '@tessera/logger';
import {
  createHttpService,
  createMetrics,
  errorFormatter,
  graphqlHandler,
  sendJson,
  type HttpService,
  type Route,
} from '@tessera/service-kit';
import { createAuthenticator, type Authenticator } from './authenticate.ts';
import { subgraphUrlOverrides, type GatewayConfig } from './config.ts';
import { createContextFactory, type GatewayContext } from './context.ts';
import { createHealthCheck } from './health.ts';
import { createAuditSender, type AuditSender } from './audit/sender.ts';
import { auditPlugin } from './plugins/audit.ts';
import { introspectionPolicy } from './plugins/introspection.ts';
import { inputHygienePlugin } from './plugins/input-hygiene.ts';
import { QUERY_LIMITS, queryLimits } from './plugins/limits.ts';
import { rateLimitPlugin } from './plugins/rate-limit.ts';
import { requestIdPlugin } from './plugins/request-id.ts';
import { tracingPlugin } from './plugins/tracing.ts';
import { revocationsPlugin } from './plugins/revocations.ts';
import { httpStatusPlugin } from './plugins/http-status.ts';
import { unavailableStatusPlugin } from './unavailable-status.ts';
import { createMemoryStore, createRedisStore, type CounterStore } from './rate-limit/store.ts';
import { scopesPlugin } from './plugins/scopes.ts';
import { proxyRoute } from './proxy.ts';
import { staticWebRoute } from './static-web.ts';
import {
  createSharedLinkLimiter,
  sharedLinkLimitPlugin,
  sharedPathLimitRoute,
} from './shared-links/limit.ts';
import { shortLinkRoute } from './shared-links/short-links.ts';
import { createEmbedPolicyLookup } from './embed-policy.ts';
import { apiDocumentsRoute } from './api-documents.ts';
import { explorerRoute } from './explorer.ts';
import { probeRoutes } from './probes.ts';
import { readOnlyRoutes } from './read-only-routes.ts';
import { loadTrustedDocuments } from './trusted-documents.ts';
import { websocketProxy } from './ws-proxy.ts';
import { IdentityForwardingDataSource, subgraphsOf } from './subgraphs.ts';
import { deferredFetchObserver } from './fetch-metrics.ts';
import { createApolloGateway } from './engines/apollo.ts';
import { useBuiltinCryptoForApolloHashes } from './apollo-create-hash.ts';
import { rememberNegotiatedMediaTypes } from './apollo-negotiation.ts';
import { cachePrincipals, type PrincipalCache } from './principal-cache.ts';
import { SUBSCRIPTION_SDL } from './subscriptions/fields.ts';
import { attachSubscriptions } from './subscriptions/server.ts';
import { extendSchema, parse, type GraphQLSchema } from 'graphql';
import type { Registry } from 'prom-client';

export { loadConfig, type GatewayConfig } from './config.ts';

export interface GatewayDeps {
  config: GatewayConfig;
  logger: Logger;
  /** Extra HTTP routes mounted before /graphql and /health. */
  routes?: Route[];
  /** Extra websocket upgrade handlers (the collab server at /collab); true when handled. */
  upgradeHandlers?: ((req: IncomingMessage, socket: Duplex, head: Buffer) => boolean)[];
  /** Adds metrics of parts hosted in this process (the collab server's gauges) to /metrics. */
  registerMetrics?: (registry: Registry) => void;
}

export interface GatewayServer {
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

function clientIp(req: IncomingMessage, trustProxy: boolean): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0]!.trim();
  return req.socket.remoteAddress ?? undefined;
}

export function createServer({
  config,
  logger,
  routes = [],
  upgradeHandlers = [],
  registerMetrics,
}: GatewayDeps): GatewayServer {
  let http: HttpService | undefined;
  let apollo: ApolloServer<GatewayContext> | undefined;
  let bus: EventBus | null = null;
  let subscriptions: ReturnType<typeof attachSubscriptions> | undefined;
  let subscriptionSchema: GraphQLSchema | null = null;
  let counters: CounterStore | undefined;
  let audit: AuditSender | undefined;
  let stopPrincipalEvents: (() => Promise<void>) | undefined;
  let draining = false;

  /** The cache, once accounts' revocation events are subscribed; null without a bus (or when subscribing fails). */
  async function principalCacheFor(authenticator: Authenticator): Promise<PrincipalCache | null> {
    if (!bus || config.PRINCIPAL_CACHE_TTL_MS === 0) return null;
    const cache = cachePrincipals(authenticator, { ttlMs: config.PRINCIPAL_CACHE_TTL_MS });
    try {
      stopPrincipalEvents = await bus.subscribe(PRINCIPALS_CHANGED_TOPIC, () => cache.invalidate());
      return cache;
    } catch (err) {
      logger.warn({ err }, 'revocation events unavailable: every request asks accounts');
      return null;
    }
  }

  return {
    async start() {
      // Apollo Server's query hash and @apollo/gateway's plan-cache key, without a module lookup per hash.
      useBuiltinCryptoForApolloHashes();
      // Apollo Server's per-request content negotiation, remembered per accept header.
      rememberNegotiatedMediaTypes();
      const supergraphSdl = await readFile(config.SUPERGRAPH_PATH, 'utf8');
      const subgraphs = { ...subgraphsOf(supergraphSdl), ...subgraphUrlOverrides(config) };
      const accountsUrl = subgraphs.accounts;
      if (!accountsUrl) throw new Error('The supergraph has no accounts subgraph');

      const metrics = createMetrics('gateway');
      registerMetrics?.(metrics.registry);
      // Observed when /metrics is read, not on each fetch (./fetch-metrics.ts).
      const observeFetch = deferredFetchObserver((collect) =>
        metrics.histogram(
          'gateway_subgraph_fetch_duration_seconds',
          'Gateway to subgraph round trips, by subgraph and HTTP status (error: no answer)',
          ['subgraph', 'status'],
          [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
          collect,
        ),
      );
      // @apollo/gateway reads this from the environment only, when constructed.
      if (config.APOLLO_TELEMETRY_DISABLED) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
      const requestOptions = { dedupeInflightQueries: config.SUBGRAPH_DEDUPE_QUERIES };
      const gateway =
        config.GATEWAY_ENGINE === 'hive-router'
          ? // Loaded only when chosen: the default engine never imports the Rust planner.
            (await import('./engines/hive-router.ts')).createHiveRouterGateway({
              supergraphSdl,
              subgraphs,
              requestOptions,
              observeFetch,
              logger,
            })
          : createApolloGateway({
              supergraphSdl,
              buildService: ({ name, url }) =>
                new IdentityForwardingDataSource({
                  url: subgraphs[name] ?? url,
                  subgraphName: name,
                  observeFetch,
                  requestOptions,
                }),
            });
      gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
        subscriptionSchema = extendSchema(apiSchema, parse(SUBSCRIPTION_SDL));
      });
      const production = config.NODE_ENV === 'production';
      const limits = queryLimits({ blockFieldSuggestions: production });
      counters = config.REDIS_URL
        ? createRedisStore(config.REDIS_URL, config.RATE_LIMIT_WINDOW_SECONDS)
        : createMemoryStore(config.RATE_LIMIT_WINDOW_SECONDS);
      const sharedLinks = createSharedLinkLimiter({
        store: counters,
        perMinute: config.SHARED_LINK_RATE_LIMIT_PER_MINUTE,
      });
      audit = createAuditSender({ accountsUrl, internalSecret: config.INTERNAL_SECRET, logger });
      const codec = createInternalTokenCodec(config.INTERNAL_SECRET);
      const contextFactory = createContextFactory(codec, logger);
      const authenticator = createAuthenticator({ accountsUrl, internalSecret: config.INTERNAL_SECRET });
      const busUrl = config.REDIS_URL ?? config.EVENTS_DATABASE_URL;
      bus = busUrl
        ? createEventBus({ redisUrl: config.REDIS_URL, databaseUrl: config.EVENTS_DATABASE_URL ?? '' })
        : null;
      // HTTP requests reuse a token's principal for a few seconds, only where accounts' revocation
      // events reach this gateway (the bus); subscriptions keep asking accounts.
      const principals = await principalCacheFor(authenticator);
      const httpAuthenticator = principals ?? authenticator;
      apollo = new ApolloServer<GatewayContext>({
        gateway,
        validationRules: limits.validationRules,
        // Masking: subgraph messages that are not ours, URLs, stacks and SQL never reach a client.
        formatError: errorFormatter(logger, metrics),
        includeStacktraceInErrorResponses: false,
        // index.ts (or the platform) owns signals and stops parts in order.
        stopOnTerminationSignals: false,
        // Introspection is resolved per request (introspectionPolicy): on in development, API keys only in production.
        introspection: config.INTROSPECTION,
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        // Document hashes are trusted documents (trusted-documents.ts), not automatic persisted queries.
        persistedQueries: false,
        plugins: [
          ...(limits.plugins as ApolloServerPlugin<GatewayContext>[]),
          scopesPlugin(),
          rateLimitPlugin({
            store: counters,
            perPrincipal: config.RATE_LIMIT_POINTS_PER_MINUTE,
            perIp: config.RATE_LIMIT_IP_POINTS_PER_MINUTE,
            maxCost: QUERY_LIMITS.maxCost,
          }),
          sharedLinkLimitPlugin(sharedLinks),
          introspectionPolicy({ production }),
          inputHygienePlugin(),
          auditPlugin(audit),
          ...(principals ? [revocationsPlugin(() => principals.invalidate())] : []),
          requestIdPlugin(),
          tracingPlugin(),
          httpStatusPlugin(),
          unavailableStatusPlugin(),
          ApolloServerPluginLandingPageDisabled(),
        ],
      });
      await apollo.start();

      const trusted = await loadTrustedDocuments({
        path: config.TRUSTED_DOCUMENTS_PATH,
        enforce: config.TRUSTED_DOCUMENTS_ONLY,
      });
      const root: Route = (req, res) => {
        if (req.url !== '/' || req.method !== 'GET') return false;
        sendJson(res, 200, {
          name: 'Tessera',
          graphql: '/graphql',
          schema: '/schema.graphql',
          health: '/health',
          livez: '/livez',
          readyz: '/readyz',
        });
        return true;
      };

      const health = createHealthCheck(subgraphs);
      http = createHttpService({
        name: 'gateway',
        logger,
        metrics,
        // Tried before /graphql on every request: the GET/HEAD-only ones grouped, so a POST passes each group at once.
        routes: [
          readOnlyRoutes([
            probeRoutes({
              schemaLoaded: () => subscriptionSchema !== null,
              draining: () => draining,
              dependencies: health,
            }),
            explorerRoute(),
            await apiDocumentsRoute(),
          ]),
          ...routes,
          ...(subgraphs.queries ? [proxyRoute(['/export', '/upload'], subgraphs.queries)] : []),
          ...(subgraphs.canvases ? [proxyRoute(['/exports'], subgraphs.canvases)] : []),
          readOnlyRoutes([
            sharedPathLimitRoute(sharedLinks, (req) => clientIp(req, config.TRUST_PROXY)),
            ...(subgraphs.canvases
              ? [shortLinkRoute({ canvasesUrl: subgraphs.canvases, internalSecret: config.INTERNAL_SECRET })]
              : []),
            staticWebRoute(
              config.WEB_DIST_DIR,
              subgraphs.canvases
                ? createEmbedPolicyLookup({
                    canvasesUrl: subgraphs.canvases,
                    internalSecret: config.INTERNAL_SECRET,
                  })
                : undefined,
            ),
            root,
          ]),
        ],
        health,
        graphql: graphqlHandler({
          apollo,
          maxBodyBytes: config.MAX_BODY_BYTES,
          transformBody: (body, context) => trusted.resolve(body, context.identity.principal),
          context: async (req) => {
            const given = req.headers[REQUEST_ID_HEADER];
            const ip = clientIp(req, config.TRUST_PROXY);
            return contextFactory(await httpAuthenticator.fromRequest(req), {
              ...(typeof given === 'string' && REQUEST_ID.test(given) ? { requestId: given } : {}),
              ...(ip ? { ip } : {}),
            });
          },
        }),
      });
      subscriptions = attachSubscriptions({
        httpServer: http.server,
        path: '/graphql',
        apollo,
        schema: () => subscriptionSchema,
        authenticator,
        contextFactory,
        bus,
        logger,
        resolveDocument: (payload, principal) => trusted.resolve(payload, principal),
      });
      const upgrades = [
        subscriptions.handleUpgrade,
        ...upgradeHandlers,
        ...(config.COLLAB_URL ? [websocketProxy('/collab', config.COLLAB_URL)] : []),
      ];
      http.server.on('upgrade', (req, socket, head) => {
        if (!upgrades.some((handle) => handle(req, socket, head))) socket.destroy();
      });
      const port = await http.listen(config.PORT, config.HOST);
      logger.info(
        { port, subgraphs: Object.keys(subgraphs), trustedDocuments: trusted.size },
        'gateway listening',
      );
      return { port, url: `http://${config.HOST}:${port}/graphql` };
    },

    async stop() {
      draining = true;
      await subscriptions?.close();
      await http?.close();
      await apollo?.stop();
      await stopPrincipalEvents?.();
      await bus?.close();
      await counters?.close();
      await audit?.close();
    },
  };
}
