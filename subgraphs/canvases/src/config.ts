import { bool, logLevel, nodeEnv, parseEnv, port, secret, z, type Env } from '@tessera/config';
import { deriveKeyRing, isKeyRing, KEY_RING_FORMAT } from '@tessera/secret-box';

const schema = z.object({
  NODE_ENV: nodeEnv(),
  LOG_LEVEL: logLevel(),
  LOG_PRETTY: bool(false),
  HOST: z.string().default('127.0.0.1'),
  CANVASES_PORT: port(4003),
  /** Canvas documents; `npm start` runs the Mongo dev server here by default. */
  MONGODB_URL: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'MONGODB_URL must be a mongodb:// URL')
    .default('mongodb://127.0.0.1:27017/tessera'),
  INTERNAL_SECRET: secret('INTERNAL_SECRET'),
  /** Project directory (GET /internal/projects/<id>); only the origin is used. */
  ACCOUNTS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  /** Demo sources and SQL runs (internal routes); only the origin is used. */
  QUERIES_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
  /** Public origin of the web app: share links are `${PUBLIC_URL}/embed/<token>`. */
  PUBLIC_URL: z
    .string()
    .url()
    .default('http://localhost:4000')
    .transform((value) => value.replace(/\/+$/, '')),
  /** Outgoing mail of schedules and alerts; unset: each message goes to the outbox (Settings → Outbox). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Tessera <no-reply@tessera.local>'),
  /**
   * Seals webhook signing secrets at rest: `keyId:base64key` entries, the first seals. Required in
   * production; elsewhere derived from INTERNAL_SECRET when unset.
   */
  CANVASES_SECRETS_KEYS: z
    .string()
    .refine(isKeyRing, { error: `CANVASES_SECRETS_KEYS must be ${KEY_RING_FORMAT}` })
    .optional(),
  /** Webhook and Slack targets on private/loopback hosts (and plain http://). Unset: true except in production. */
  ALLOW_PRIVATE_NETWORKS: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  /** The platform's own ports: never a delivery target on a private or local address. */
  PLATFORM_PORTS: z
    .string()
    .regex(/^\d{1,5}(,\d{1,5})*$/, 'PLATFORM_PORTS must be a comma-separated list of ports')
    .default('4000,4001,4002,4003,4004,4005,4006,54329,27017'),
  /** Tries of a delivery run and of each destination before FAILED; the delay doubles each retry. */
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(4),
  DELIVERY_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** A delivery job (run or send) a worker holds longer than this is taken as crashed and run again. */
  DELIVERY_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(2).max(3600).default(300),
  /** PostgreSQL owner URL: the job queue (schema `jobs`) and rendered exports (`canvas_exports`). Unset: no exports, schedules or alerts. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  /** The worker's /livez and /health (0: any free port). */
  WORKER_PORT: port(4007),
  /** Jobs of each kind (exports, delivery runs) one worker runs at once. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** Where the worker's Chromium opens `/embed/<token>` (the gateway serving the web app). Unset: PUBLIC_URL. */
  RENDER_ORIGIN: z
    .string()
    .url()
    .optional()
    .transform((value) => value?.replace(/\/+$/, '')),
  /** The Chromium the worker renders exports with. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** Render budget per export; exportCanvas waits as long for the worker. */
  EXPORT_TIMEOUT_MS: z.coerce.number().int().min(5_000).max(300_000).default(60_000),
  /** How long an export's download link works. */
  EXPORT_LINK_TTL_SECONDS: z.coerce.number().int().min(60).max(604_800).default(3_600),
  /** Paper of PDF exports. */
  EXPORT_PAPER: z.enum(['A4', 'Letter']).default('A4'),
});

export type CanvasesConfig = Omit<
  z.infer<typeof schema>,
  'ALLOW_PRIVATE_NETWORKS' | 'CANVASES_SECRETS_KEYS' | 'RENDER_ORIGIN'
> & {
  ALLOW_PRIVATE_NETWORKS: boolean;
  RENDER_ORIGIN: string;
  CANVASES_SECRETS_KEYS: string;
  /** PLATFORM_PORTS plus this service's port and the public URL's. */
  platformPorts: number[];
};

function portOf(url: string): number {
  const parsed = new URL(url);
  return Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): CanvasesConfig {
  const production = env.NODE_ENV === 'production';
  const config = parseEnv(
    schema.refine((c) => !production || c.CANVASES_SECRETS_KEYS !== undefined, {
      path: ['CANVASES_SECRETS_KEYS'],
      error: `CANVASES_SECRETS_KEYS is required in production: ${KEY_RING_FORMAT}`,
    }),
    env,
  );
  const ports = new Set(config.PLATFORM_PORTS.split(',').map(Number));
  for (const p of [
    config.CANVASES_PORT,
    portOf(config.PUBLIC_URL),
    portOf(config.QUERIES_URL),
    portOf(config.ACCOUNTS_URL),
  ])
    if (p > 0) ports.add(p);
  return {
    ...config,
    ALLOW_PRIVATE_NETWORKS: config.ALLOW_PRIVATE_NETWORKS ?? !production,
    RENDER_ORIGIN: config.RENDER_ORIGIN ?? config.PUBLIC_URL,
    CANVASES_SECRETS_KEYS:
      config.CANVASES_SECRETS_KEYS ?? deriveKeyRing(config.INTERNAL_SECRET, 'canvases-webhook-secrets'),
    platformPorts: [...ports],
  };
}
