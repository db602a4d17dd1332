import { bool, logLevel, nodeEnv, parseEnv, port, secret, z, type Env } from '@tessera/config';

const schema = z.object({
  NODE_ENV: nodeEnv(),
  LOG_LEVEL: logLevel(),
  HOST: z.string().default('127.0.0.1'),
  ACCOUNTS_PORT: port(4001),
  /** Owner connection: runs migrations and creates the application role. */
  DATABASE_URL: z.string().url({ error: 'DATABASE_URL must be a postgres:// URL' }),
  /** Password of the tessera_app role the service connects as at run time. */
  APP_DB_PASSWORD: z.string().min(16),
  JWT_SECRET: secret('JWT_SECRET'),
  INTERNAL_SECRET: secret('INTERNAL_SECRET'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(900).default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).default(30 * 24 * 3600),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  LOG_PRETTY: bool(false),
  /** Event bus for access removals (the gateway's principal cache listens): Redis when set, else PostgreSQL LISTEN/NOTIFY. */
  REDIS_URL: z.string().url().optional(),
});

export type AccountsConfig = z.infer<typeof schema>;

export function loadConfig(env: Env = process.env): AccountsConfig {
  return parseEnv(schema, env);
}
