import { postJson, type PostOptions } from './http.ts';
import { ProviderError, type ChatResponse, type LlmProvider } from './types.ts';

export interface OpenAiOptions extends PostOptions {
  baseUrl: string;
  apiKey?: string | undefined;
  model: string;
  /** response_format {type: "json_object"}; Ollama and vLLM accept it too. */
  jsonMode: boolean;
}

interface CompletionBody {
  choices?: { message?: { content?: unknown } }[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
}

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** OpenAI-compatible chat completions: api.openai.com, Ollama, vLLM, LiteLLM, … */
export function createOpenAiProvider(options: OpenAiOptions): LlmProvider {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {};
  return {
    label: `openai:${options.model}`,
    async complete(request): Promise<ChatResponse> {
      const body = {
        model: options.model,
        messages: [
          { role: 'system', content: request.system },
          { role: 'user', content: request.user },
        ],
        temperature: 0,
        max_tokens: request.maxTokens,
        ...(options.jsonMode ? { response_format: { type: 'json_object' } } : {}),
      };
      const answer = (await postJson(url, headers, body, options)) as CompletionBody | null;
      const content = answer?.choices?.[0]?.message?.content;
      if (typeof content !== 'string')
        throw new ProviderError('malformed response', 'choices[0].message.content is missing');
      return {
        text: content,
        promptTokens: count(answer?.usage?.prompt_tokens),
        completionTokens: count(answer?.usage?.completion_tokens),
      };
    },
  };
}
