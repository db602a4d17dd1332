import path from 'node:path';
import { bool, logLevel, parseEnv, port, z, type Env } from '@tessera/config';

const schema = z.object({
  DATA_DIR: z.string().default('.data'),
  HOST: z.string().default('127.0.0.1'),
  PORT: port(4000),
  ACCOUNTS_PORT: port(4001),
  QUERIES_PORT: port(4002),
  CANVASES_PORT: port(4003),
  COMMENTS_PORT: port(4004),
  AI_PORT: port(4005),
  COLLAB_PORT: port(4006),
  /** The canvases worker's /livez and /health (jobs: exports, schedules, alerts). */
  WORKER_PORT: port(4007),
  MONGODB_PORT: port(27017),
  /** When set, the embedded Mongo dev server is not started and this MongoDB is used instead. */
  MONGODB_URL: z.string().optional(),
  POSTGRES_PORT: port(54329),
  /** When set, the embedded PostgreSQL is not started and this server is used instead. */
  DATABASE_URL: z.string().url().optional(),
  JWT_SECRET: z.string().min(32).optional(),
  INTERNAL_SECRET: z.string().min(32).optional(),
  APP_DB_PASSWORD: z.string().min(16).optional(),
  SECRETS_KEYS: z.string().optional(),
  CLICKHOUSE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  DEMO_SCALE: z.string().optional(),
  /** The SQL assistant's engine and LLM provider settings, passed to the ai subgraph. */
  AI_PROVIDER: z.enum(['builtin', 'openai', 'anthropic']).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_MODEL: z.string().optional(),
  ANTHROPIC_BASE_URL: z.string().url().optional(),
  ANTHROPIC_API_KEY: z.string().optional(),
  ANTHROPIC_MODEL: z.string().optional(),
  /** Build the web app in the background on first start when web/dist is missing. */
  WEB_AUTO_BUILD: bool(true),
  LOG_LEVEL: logLevel(),
  LOG_PRETTY: bool(true),
});

export type PlatformConfig = z.infer<typeof schema> & {
  dataDir: string;
  /** The environment, passed on to every service's own config (so any documented variable works with npm start). */
  env: Env;
};

export function loadPlatformConfig(env: Env = process.env): PlatformConfig {
  const config = parseEnv(schema, env);
  return { ...config, dataDir: path.resolve(config.DATA_DIR), env: { ...env } };
}
