import { postJson, type PostOptions } from './http.ts';
import { ProviderError, type ChatResponse, type LlmProvider } from './types.ts';

export interface AnthropicOptions extends PostOptions {
  baseUrl: string;
  apiKey: string;
  model: string;
  version: string;
}

interface MessagesBody {
  content?: { type?: unknown; text?: unknown }[];
  usage?: { input_tokens?: unknown; output_tokens?: unknown };
}

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Anthropic Messages API (POST /v1/messages). */
export function createAnthropicProvider(options: AnthropicOptions): LlmProvider {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/v1/messages`;
  const headers = { 'x-api-key': options.apiKey, 'anthropic-version': options.version };
  return {
    label: `anthropic:${options.model}`,
    async complete(request): Promise<ChatResponse> {
      const body = {
        model: options.model,
        max_tokens: request.maxTokens,
        temperature: 0,
        system: request.system,
        messages: [{ role: 'user', content: request.user }],
      };
      const answer = (await postJson(url, headers, body, options)) as MessagesBody | null;
      const block = answer?.content?.find((b) => b.type === 'text');
      if (typeof block?.text !== 'string')
        throw new ProviderError('malformed response', 'content has no text block');
      return {
        text: block.text,
        promptTokens: count(answer?.usage?.input_tokens),
        completionTokens: count(answer?.usage?.output_tokens),
      };
    },
  };
}
