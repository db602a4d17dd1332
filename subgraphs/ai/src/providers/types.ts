export interface ChatRequest {
  system: string;
  user: string;
  maxTokens: number;
}

export interface ChatResponse {
  text: string;
  promptTokens: number | null;
  completionTokens: number | null;
}

/** An LLM behind its vendor's HTTP API. */
export interface LlmProvider {
  /** "openai:<model>" or "anthropic:<model>", as interactions record it. */
  readonly label: string;
  complete(request: ChatRequest): Promise<ChatResponse>;
}

export type ProviderFailure =
  'timeout' | 'rate limited' | 'server error' | 'client error' | 'network error' | 'malformed response';

/** Why a provider call produced no answer; the pipeline falls back to the built-in engine with this reason. */
export class ProviderError extends Error {
  constructor(
    readonly failure: ProviderFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }

  /** For `engine: "builtin (fallback: <reason>)"`: never contains the provider's response body. */
  get reason(): string {
    return this.status ? `${this.failure} (HTTP ${this.status})` : this.failure;
  }
}
