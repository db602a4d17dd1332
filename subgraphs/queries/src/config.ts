import path from 'node:path';
import { bool, logLevel, nodeEnv, parseEnv, port, secret, z, type Env } from '@tessera/config';

const schema = z.object({
  NODE_ENV: nodeEnv(),
  LOG_LEVEL: logLevel(),
  LOG_PRETTY: bool(false),
  HOST: z.string().default('127.0.0.1'),
  QUERIES_PORT: port(4002),
  DATABASE_URL: z.string().url({ error: 'DATABASE_URL must be a postgres:// URL' }),
  APP_DB_PASSWORD: z.string().min(16),
  INTERNAL_SECRET: secret('INTERNAL_SECRET'),
  ACCOUNTS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  /** Public base URL clients reach (the gateway); export and upload links point there. */
  PUBLIC_URL: z.string().url().default('http://localhost:4000'),
  DATA_DIR: z.string().default('.data'),
  /** Connection-secret keys, oldest first: "v1:<base64 32 bytes>,v2:<...>". The last one encrypts. */
  SECRETS_KEYS: z
    .string()
    .regex(
      /^(\w+:[A-Za-z0-9+/=_-]{43,44})(,\w+:[A-Za-z0-9+/=_-]{43,44})*$/,
      'SECRETS_KEYS must be "v1:<base64 key>[,v2:<base64 key>...]"',
    ),
  DEMO_SCALE: z.coerce.number().positive().max(200).default(1),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  QUERY_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** Statements one data source runs at once on an instance; more wait in order (services/source-limiter.ts). */
  QUERY_SOURCE_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
  /** Runs that may wait for a source's slot; beyond it a run fails with RESOURCE_LIMIT. */
  QUERY_SOURCE_QUEUE: z.coerce.number().int().min(0).max(100_000).default(200),
  RESULT_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(300),
  /** Memory the results cache may hold, in bytes (64 MiB); 0 turns it off. */
  RESULT_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(16 * 1024 ** 3)
    .default(64 * 1024 * 1024),
  EXPORT_MAX_ROWS: z.coerce.number().int().min(1).default(1_000_000),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(200 * 1024 * 1024),
  DUCKDB_MEMORY_LIMIT: z.string().default('1GB'),
  DUCKDB_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  /**
   * Whether data sources may point at private and loopback hosts. Unset: true in development and
   * test (self-hosted convenience), false in production; a self-hosted production deployment sets true.
   */
  ALLOW_PRIVATE_NETWORKS: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  /**
   * The platform's own ports, never a data-source target on a private, loopback or local address
   * (even with ALLOW_PRIVATE_NETWORKS). QUERIES_PORT and the ports of ACCOUNTS_URL and PUBLIC_URL
   * are added to this list. Default: `npm start`'s ports (gateway, subgraphs, collab, embedded
   * PostgreSQL, Mongo dev server).
   */
  PLATFORM_PORTS: z
    .string()
    .regex(/^\d{1,5}(,\d{1,5})*$/, 'PLATFORM_PORTS must be a comma-separated list of ports')
    .default('4000,4001,4002,4003,4004,4005,4006,54329,27017'),
  /** Local usage telemetry (when CLICKHOUSE_URL is unset); ':memory:' keeps it in memory. */
  USAGE_DB_PATH: z.string().optional(),
  CLICKHOUSE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
});

export type QueriesConfig = Omit<z.infer<typeof schema>, 'ALLOW_PRIVATE_NETWORKS'> & {
  ALLOW_PRIVATE_NETWORKS: boolean;
  dataDir: string;
  /** PLATFORM_PORTS plus this service's port and those of the accounts service and the public URL. */
  platformPorts: number[];
};

function portOf(url: string): number {
  const parsed = new URL(url);
  return Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
}

export function loadConfig(env: Env = process.env): QueriesConfig {
  const config = parseEnv(schema, env);
  const ports = new Set(config.PLATFORM_PORTS.split(',').map(Number));
  for (const port of [config.QUERIES_PORT, portOf(config.ACCOUNTS_URL), portOf(config.PUBLIC_URL)])
    if (port > 0) ports.add(port);
  return {
    ...config,
    ALLOW_PRIVATE_NETWORKS: config.ALLOW_PRIVATE_NETWORKS ?? config.NODE_ENV !== 'production',
    dataDir: path.resolve(config.DATA_DIR),
    platformPorts: [...ports],
  };
}
