import { parseEnv, secret, z, type Env } from '@tessera/config';

/** What the production collab entry needs beyond the collab server's own COLLAB_* settings. */
const schema = z.object({
  MONGODB_URL: z.string().regex(/^mongodb(\+srv)?:\/\//, 'MONGODB_URL must be a mongodb:// URL'),
  ACCOUNTS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  INTERNAL_SECRET: secret('INTERNAL_SECRET'),
});

export type CollabPlatformConfig = z.infer<typeof schema>;

export function loadConfig(env: Env = process.env): CollabPlatformConfig {
  return parseEnv(schema, env);
}
