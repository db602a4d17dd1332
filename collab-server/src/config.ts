import { bool, logLevel, nodeEnv, parseEnv, port, secret, z, type Env } from '@tessera/config';

const int = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const schema = z
  .object({
    NODE_ENV: nodeEnv(),
    LOG_LEVEL: logLevel(),
    LOG_PRETTY: bool(false),
    HOST: z.string().default('127.0.0.1'),
    COLLAB_PORT: port(4006),
    /** Path prefix of the endpoint: `<prefix>/<canvasId>` [A1]. */
    COLLAB_PATH: z
      .string()
      .regex(/^(\/[\w-]+)+$/, 'must look like /collab')
      .default('/collab'),
    /** With it, instances share updates and presence [R1]. */
    REDIS_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
    COLLAB_REDIS_PREFIX: z.string().min(1).default('tessera:collab:'),
    /** File persistence of the standalone server (src/index.ts). */
    COLLAB_DATA_DIR: z.string().default('.data/collab'),
    COLLAB_MAX_MESSAGE_BYTES: int(8 * 1024 * 1024, 1024, 256 * 1024 * 1024),
    /** Cap of a canvas document's encoded Yjs state: well below MongoDB's 16 MiB, which also holds the projection [L6]. */
    COLLAB_MAX_DOCUMENT_BYTES: int(4 * 1024 * 1024, 64 * 1024, 64 * 1024 * 1024),
    COLLAB_MAX_CLIENTS_PER_CANVAS: int(200, 1, 100_000),
    COLLAB_MAX_BUFFERED_BYTES: int(32 * 1024 * 1024, 64 * 1024, 1024 * 1024 * 1024),
    COLLAB_IDLE_UNLOAD_MS: int(30_000, 0, 60_000),
    COLLAB_STORE_DEBOUNCE_MS: int(1_000, 0, 2_000),
    COLLAB_STORE_MAX_WAIT_MS: int(2_500, 0, 10_000),
    /** Two intervals must stay under 30 s: y-websocket clients reconnect after 30 s of silence [L3]. */
    COLLAB_HEARTBEAT_MS: int(10_000, 50, 14_000),
    COLLAB_PRESENCE_THROTTLE_MS: int(50, 0, 5_000),
    /** Open connections are authorized again this often, so revoked access ends within about this long [A7]. */
    COLLAB_REAUTHORIZE_MS: int(30_000, 1_000, 3_600_000),
    /** Standalone development: accept `dev.rw.<user>` / `dev.ro.<user>` tokens. */
    COLLAB_DEV_AUTH: bool(false),
    /** Standalone development: unknown canvases are created empty instead of 4404. */
    COLLAB_AUTO_CREATE: bool(false),
    /**
     * Set, src/index.ts boots the platform's collab server (as deployed): canvases stored in this
     * MongoDB through `@tessera/canvases/live`, access decided by the accounts service. Unset, the
     * standalone server (file storage, COLLAB_DEV_AUTH).
     */
    MONGODB_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^mongodb(\+srv)?:\/\//, 'MONGODB_URL must be a mongodb:// URL')
        .optional(),
    ),
    ACCOUNTS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
    INTERNAL_SECRET: z.preprocess(emptyAsUndefined, secret('INTERNAL_SECRET').optional()),
  })
  .refine((c) => c.NODE_ENV !== 'production' || !c.COLLAB_DEV_AUTH, {
    message: 'must not be true in production',
    path: ['COLLAB_DEV_AUTH'],
  })
  .refine((c) => !c.MONGODB_URL || c.INTERNAL_SECRET, {
    message: 'INTERNAL_SECRET is required (at least 32 characters) with MONGODB_URL',
    path: ['INTERNAL_SECRET'],
  })
  .refine((c) => c.COLLAB_STORE_MAX_WAIT_MS >= c.COLLAB_STORE_DEBOUNCE_MS, {
    message: 'must be at least COLLAB_STORE_DEBOUNCE_MS',
    path: ['COLLAB_STORE_MAX_WAIT_MS'],
  });

export type CollabConfig = z.infer<typeof schema>;

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): CollabConfig {
  return parseEnv(schema, env);
}
