import type { ProviderConfig } from '../config.ts';
import { createAnthropicProvider } from './anthropic.ts';
import { createOpenAiProvider } from './openai.ts';
import type { LlmProvider } from './types.ts';

export type { LlmProvider } from './types.ts';
export { ProviderError } from './types.ts';

/** The configured LLM, or null for the built-in engine. */
export function createProvider(config: ProviderConfig): LlmProvider | null {
  const common = { timeoutMs: config.AI_TIMEOUT_MS, maxRetries: config.AI_MAX_RETRIES };
  switch (config.AI_PROVIDER) {
    case 'openai':
      return createOpenAiProvider({
        ...common,
        baseUrl: config.OPENAI_BASE_URL,
        apiKey: config.OPENAI_API_KEY,
        model: config.OPENAI_MODEL,
        jsonMode: config.OPENAI_JSON_MODE,
      });
    case 'anthropic':
      return createAnthropicProvider({
        ...common,
        baseUrl: config.ANTHROPIC_BASE_URL,
        apiKey: config.ANTHROPIC_API_KEY ?? '',
        model: config.ANTHROPIC_MODEL,
        version: config.ANTHROPIC_VERSION,
      });
    default:
      return null;
  }
}
