import { fileURLToPath } from 'node:url';
import { bool, logLevel, nodeEnv, parseEnv, port, secret, z, type Env } from '@tessera/config';

const defaultSupergraph = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
const defaultTrustedDocuments = fileURLToPath(
  new URL('../../web/src/gql/persisted-documents.json', import.meta.url),
);
const optionalUrl = z.string().url().optional();

const schema = z.object({
  NODE_ENV: nodeEnv(),
  LOG_LEVEL: logLevel(),
  LOG_PRETTY: bool(false),
  HOST: z.string().default('127.0.0.1'),
  PORT: port(4000),
  INTERNAL_SECRET: secret('INTERNAL_SECRET'),
  SUPERGRAPH_PATH: z.string().default(defaultSupergraph),
  /** Overrides for the subgraph URLs written in the supergraph. */
  ACCOUNTS_URL: optionalUrl,
  QUERIES_URL: optionalUrl,
  CANVASES_URL: optionalUrl,
  COMMENTS_URL: optionalUrl,
  AI_URL: optionalUrl,
  /** A separate collab server (or load-balanced replicas) to proxy /collab websockets to. */
  COLLAB_URL: optionalUrl,
  /** Event bus for subscriptions: Redis when set, else PostgreSQL LISTEN/NOTIFY on EVENTS_DATABASE_URL. */
  REDIS_URL: optionalUrl,
  EVENTS_DATABASE_URL: optionalUrl,
  /**
   * How long a bearer token's principal is reused (ms; 0: ask accounts on every request). Used only
   * with an event bus (REDIS_URL or EVENTS_DATABASE_URL), which delivers accounts' revocations at once;
   * the TTL bounds staleness if an event is lost.
   */
  PRINCIPAL_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  /**
   * Identical subgraph queries in flight at the same moment for the same caller share one round
   * trip (never mutations). false: every request reaches its subgraph (the benchmark's ablation).
   */
  SUBGRAPH_DEDUPE_QUERIES: bool(true),
  /**
   * Query planner and executor behind Apollo Server and every plugin: `apollo` (@apollo/gateway, the
   * default) or `hive-router` (Hive Router's Rust planner and executor, src/engines/hive-router.ts).
   */
  GATEWAY_ENGINE: z.enum(['apollo', 'hive-router']).default('apollo'),
  /** src/cluster.ts: workers behind one port (0: one per CPU this container may use). */
  GATEWAY_WORKERS: z.coerce.number().int().min(0).max(256).default(0),
  /** src/cluster.ts: V8 young-generation semi-space of each worker in MB (0: V8's default). */
  GATEWAY_SEMI_SPACE_MB: z.coerce.number().int().min(0).max(1024).default(64),
  /** Trust X-Forwarded-For for the client IP (behind a load balancer). */
  TRUST_PROXY: bool(false),
  INTROSPECTION: bool(true),
  /** Cost points per minute per API key or user, and per client IP (rate limits). */
  RATE_LIMIT_POINTS_PER_MINUTE: z.coerce.number().int().min(1).default(60_000),
  RATE_LIMIT_IP_POINTS_PER_MINUTE: z.coerce.number().int().min(1).default(120_000),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /**
   * Per client IP, on top of the cost budgets: sharedCanvas and runSharedBlock fields and
   * /embed/<token> and /s/<code> page loads per window (the paths anyone may call without signing in).
   */
  SHARED_LINK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** The web app's operations by hash (written by codegen). */
  TRUSTED_DOCUMENTS_PATH: z.string().default(defaultTrustedDocuments),
  /** Production switch: browser sessions may send only trusted documents; API keys any document. */
  TRUSTED_DOCUMENTS_ONLY: bool(false),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  /**
   * @apollo/gateway reports usage metrics to Apollo (usage-reporting.api.apollographql.com) every
   * hour unless this is true. Off by default here: a self-hosted gateway sends nothing anywhere
   * its operator did not configure. Set false to let it report.
   */
  APOLLO_TELEMETRY_DISABLED: bool(true),
  /** The built web app served at / (npm run build -w @tessera/web). */
  WEB_DIST_DIR: z.string().default(defaultWebDist),
});

export type GatewayConfig = z.infer<typeof schema>;

export function loadConfig(env: Env = process.env): GatewayConfig {
  return parseEnv(schema, env);
}

export function subgraphUrlOverrides(config: GatewayConfig): Record<string, string> {
  const entries = {
    accounts: config.ACCOUNTS_URL,
    queries: config.QUERIES_URL,
    canvases: config.CANVASES_URL,
    comments: config.COMMENTS_URL,
    ai: config.AI_URL,
  };
  return Object.fromEntries(
    Object.entries(entries).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}
