import { bool, logLevel, nodeEnv, parseEnv, port, secret, z, type Env } from '@tessera/config';
import { deriveKeyRing, isKeyRing, KEY_RING_FORMAT } from '@tessera/secret-box';

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
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(300)
    .default(30 * 24 * 3600),
  /** Failed sign-ins on one account from one IP before that IP is throttled for that account. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  /**
   * The slower per-account ceiling: failures from all IPs together before the account is throttled,
   * except from IPs that have signed in to it before (so a spray from many IPs cannot lock the owner out).
   */
  LOGIN_MAX_FAILURES_PER_ACCOUNT_ALL_IPS: z.coerce.number().int().min(1).default(100),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  LOG_PRETTY: bool(false),
  /** Event bus for access removals (the gateway's principal cache listens): Redis when set, else PostgreSQL LISTEN/NOTIFY. */
  REDIS_URL: z.string().url().optional(),
  /**
   * verify: signUp answers the same for every email and the session comes from the emailed link
   * (completeSignUp). instant: a new email is signed in at once (tells new from existing emails
   * apart: for development and test). Unset: verify in production, instant otherwise.
   */
  SIGN_UP_MODE: z.enum(['verify', 'instant']).optional(),
  /** Outgoing mail (sign-up verification). Unset: mail goes to the accounts.mail_outbox table. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Tessera <no-reply@tessera.local>'),
  /** Where links in emails point (the gateway serving the web app). */
  PUBLIC_URL: z.string().url().default('http://localhost:4000'),
  /**
   * Keys that seal stored secrets accounts reads back (embedding secrets): `keyId:base64key`
   * entries, the first seals, older ones still open. Required in production; elsewhere derived
   * from JWT_SECRET when unset, so a development platform needs no configuration.
   */
  ACCOUNTS_SECRETS_KEYS: z
    .string()
    .refine(isKeyRing, { error: `ACCOUNTS_SECRETS_KEYS must be ${KEY_RING_FORMAT}` })
    .optional(),
});

export type AccountsConfig = Omit<z.infer<typeof schema>, 'SIGN_UP_MODE' | 'ACCOUNTS_SECRETS_KEYS'> & {
  SIGN_UP_MODE: 'verify' | 'instant';
  ACCOUNTS_SECRETS_KEYS: string;
};

export function loadConfig(env: Env = process.env): AccountsConfig {
  const production = env.NODE_ENV === 'production';
  const config = parseEnv(
    schema.refine((c) => !production || c.ACCOUNTS_SECRETS_KEYS !== undefined, {
      path: ['ACCOUNTS_SECRETS_KEYS'],
      error: `ACCOUNTS_SECRETS_KEYS is required in production: ${KEY_RING_FORMAT}`,
    }),
    env,
  );
  return {
    ...config,
    ACCOUNTS_SECRETS_KEYS:
      config.ACCOUNTS_SECRETS_KEYS ?? deriveKeyRing(config.JWT_SECRET, 'accounts-secrets'),
    SIGN_UP_MODE: config.SIGN_UP_MODE ?? (config.NODE_ENV === 'production' ? 'verify' : 'instant'),
  };
}
