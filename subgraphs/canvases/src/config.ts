import { bool, logLevel, nodeEnv, parseEnv, port, secret, z, type Env } from '@tessera/config';

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
  /** Unused today (no events published); accepted so a shared environment does not fail. */
});

export type CanvasesConfig = z.infer<typeof schema>;

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): CanvasesConfig {
  return parseEnv(schema, env);
}
