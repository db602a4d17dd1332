import { setTimeout as delay } from 'node:timers/promises';
import { ProviderError } from './types.ts';

export interface PostOptions {
  timeoutMs: number;
  /** Further attempts after a 429. */
  maxRetries: number;
  /** Longest wait a retry-after may ask for; beyond it the call gives up (and the pipeline falls back). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** retry-after-ms (OpenAI), retry-after in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.has('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const backoffMs = (attempt: number): number => Math.round(500 * 2 ** attempt * (0.75 + Math.random() * 0.5));

/**
 * POSTs JSON to a provider and resolves with the parsed JSON body. Each attempt has its own
 * timeout; a 429 is retried after retry-after (or exponential backoff) up to maxRetries times.
 * Everything else that is not a 2xx JSON body is a ProviderError.
 */
export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  options: PostOptions,
): Promise<unknown> {
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const maxWaitMs = options.maxWaitMs ?? options.timeoutMs;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError')
        throw new ProviderError('timeout', `No answer within ${options.timeoutMs} ms`);
      throw new ProviderError('network error', (error as Error).message);
    }
    if (response.status === 429) {
      await response.body?.cancel();
      const wait = retryAfterMs(response.headers) ?? backoffMs(attempt);
      if (attempt >= options.maxRetries || wait > maxWaitMs)
        throw new ProviderError('rate limited', `Rate limited after ${attempt + 1} attempt(s)`, 429);
      await sleep(wait);
      continue;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const name = (error as Error).name;
      throw new ProviderError(
        name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network error',
        'The response was cut off',
      );
    }
    if (response.status >= 500)
      throw new ProviderError('server error', 'The provider failed', response.status);
    if (!response.ok)
      throw new ProviderError('client error', 'The provider refused the request', response.status);
    try {
      return JSON.parse(text);
    } catch {
      throw new ProviderError('malformed response', 'The response is not JSON');
    }
  }
}
