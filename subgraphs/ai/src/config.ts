import { bool, logLevel, nodeEnv, parseEnv, port, secret, z, type Env } from '@tessera/config';

/** An unset variable and an empty one (`OPENAI_API_KEY=` in a .env file) both mean "not configured". */
const optional = <T extends z.ZodType>(type: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), type.optional());

/** The engine that writes SQL, shared by the subgraph and the eval CLI. */
const providerFields = {
  /** The built-in engine (no network) or an LLM provider. */
  AI_PROVIDER: z.enum(['builtin', 'openai', 'anthropic']).default('builtin'),
  OPENAI_BASE_URL: z.string().url().default('https://api.openai.com/v1'),
  OPENAI_API_KEY: optional(z.string()),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** Sends response_format {type: json_object}; turn off for servers that reject it. */
  OPENAI_JSON_MODE: bool(true),
  ANTHROPIC_BASE_URL: z.string().url().default('https://api.anthropic.com'),
  ANTHROPIC_API_KEY: optional(z.string()),
  ANTHROPIC_MODEL: z.string().min(1).default('claude-sonnet-4-5'),
  ANTHROPIC_VERSION: z.string().min(1).default('2023-06-01'),
  /** Per attempt, for the provider's HTTP call. */
  AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  /** Further attempts after a 429 (honouring retry-after). */
  AI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /** LIMIT added to generated statements that have none. */
  AI_DEFAULT_LIMIT: z.coerce.number().int().min(1).max(100_000).default(1000),
  /** Sampled column values (e.g. the countries in customers.country) go into LLM prompts only when true. */
  AI_PROMPT_INCLUDE_VALUES: bool(false),
};

function requireKeys(
  env: {
    AI_PROVIDER: string;
    OPENAI_BASE_URL: string;
    OPENAI_API_KEY?: string | undefined;
    ANTHROPIC_API_KEY?: string | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  // OpenAI-compatible local servers (Ollama, vLLM) need no key; api.openai.com does.
  if (
    env.AI_PROVIDER === 'openai' &&
    !env.OPENAI_API_KEY &&
    new URL(env.OPENAI_BASE_URL).hostname === 'api.openai.com'
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['OPENAI_API_KEY'],
      message: 'OPENAI_API_KEY is required when AI_PROVIDER=openai uses api.openai.com',
    });
  }
  if (env.AI_PROVIDER === 'anthropic' && !env.ANTHROPIC_API_KEY) {
    ctx.addIssue({
      code: 'custom',
      path: ['ANTHROPIC_API_KEY'],
      message: 'ANTHROPIC_API_KEY is required when AI_PROVIDER=anthropic',
    });
  }
}

const providerSchema = z.object(providerFields).superRefine(requireKeys);

const schema = z
  .object({
    NODE_ENV: nodeEnv(),
    LOG_LEVEL: logLevel(),
    LOG_PRETTY: bool(false),
    HOST: z.string().default('127.0.0.1'),
    AI_PORT: port(4005),
    /** Owner connection: runs migrations (schema `ai`) and creates the application role. */
    DATABASE_URL: z.string().url({ error: 'DATABASE_URL must be a postgres:// URL' }),
    /** Password of the tessera_app role the service connects as at run time. */
    APP_DB_PASSWORD: z.string().min(16),
    INTERNAL_SECRET: secret('INTERNAL_SECRET'),
    /** The queries subgraph; only its origin is used, for its /internal/... routes. */
    QUERIES_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
    /** The canvases subgraph; only its origin is used, for /internal/canvases/<id>/blocks (askCanvas). */
    CANVASES_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
    ...providerFields,
  })
  .superRefine(requireKeys);

export type ProviderConfig = z.infer<typeof providerSchema>;
export type AiConfig = z.infer<typeof schema>;

export function loadConfig(env: Env = process.env): AiConfig {
  return parseEnv(schema, env);
}

/** Only the engine/provider variables (the eval CLI runs without a database). */
export function loadProviderConfig(env: Env = process.env): ProviderConfig {
  return parseEnv(providerSchema, env);
}
