import { ConfigError } from '@tessera/config';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadProviderConfig } from './config.ts';

const base = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  APP_DB_PASSWORD: 'x'.repeat(16),
  INTERNAL_SECRET: 's'.repeat(32),
};

describe('config', () => {
  it('defaults to the built-in engine on port 4005, asking queries at :4002', () => {
    expect(loadConfig(base)).toMatchObject({
      AI_PORT: 4005,
      AI_PROVIDER: 'builtin',
      QUERIES_URL: 'http://127.0.0.1:4002/graphql',
      OPENAI_BASE_URL: 'https://api.openai.com/v1',
      ANTHROPIC_BASE_URL: 'https://api.anthropic.com',
      ANTHROPIC_VERSION: '2023-06-01',
      AI_TIMEOUT_MS: 20_000,
      AI_MAX_RETRIES: 2,
      AI_PROMPT_INCLUDE_VALUES: false,
    });
  });

  it('needs a key for api.openai.com and Anthropic, not for a local OpenAI-compatible server', () => {
    expect(() => loadProviderConfig({ AI_PROVIDER: 'openai' })).toThrow(ConfigError);
    expect(() => loadProviderConfig({ AI_PROVIDER: 'anthropic', ANTHROPIC_API_KEY: '' })).toThrow(
      /ANTHROPIC_API_KEY is required/,
    );
    const ollama = loadProviderConfig({
      AI_PROVIDER: 'openai',
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      OPENAI_MODEL: 'llama3.1',
    });
    expect(ollama).toMatchObject({ AI_PROVIDER: 'openai', OPENAI_MODEL: 'llama3.1' });
    expect(ollama.OPENAI_API_KEY).toBeUndefined();
    expect(() => loadConfig({ ...base, AI_PROVIDER: 'gemini' })).toThrow(ConfigError);
  });
});
