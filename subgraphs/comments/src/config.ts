import { bool, logLevel, nodeEnv, parseEnv, port, secret, z, type Env } from '@tessera/config';

/** An unset variable and an empty one (`REDIS_URL=` in a .env file) both mean "not configured". */
const optionalUrl = z.preprocess((value) => (value === '' ? undefined : value), z.string().url().optional());

const schema = z.object({
  NODE_ENV: nodeEnv(),
  LOG_LEVEL: logLevel(),
  LOG_PRETTY: bool(false),
  HOST: z.string().default('127.0.0.1'),
  COMMENTS_PORT: port(4004),
  /** Owner connection: runs migrations and creates the application role. */
  DATABASE_URL: z.string().url({ error: 'DATABASE_URL must be a postgres:// URL' }),
  /** Password of the tessera_app role the service connects as at run time. */
  APP_DB_PASSWORD: z.string().min(16),
  INTERNAL_SECRET: secret('INTERNAL_SECRET'),
  /** The accounts subgraph; only its origin is used, for GET /internal/organizations/<id>/members. */
  ACCOUNTS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  /** The canvases subgraph; only its origin is used, for GET /internal/canvases/<id>. */
  CANVASES_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
  /** Redis pub/sub for events when set; PostgreSQL LISTEN/NOTIFY on DATABASE_URL otherwise. */
  REDIS_URL: optionalUrl,
});

export type CommentsConfig = z.infer<typeof schema>;

export function loadConfig(env: Env = process.env): CommentsConfig {
  return parseEnv(schema, env);
}
