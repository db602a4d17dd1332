import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FAKE_ANTHROPIC_KEY,
  FAKE_OPENAI_KEY,
  modelJson,
  startFakeLlm,
  type FakeLlm,
} from '../testing/fake-llm.ts';
import { createAnthropicProvider } from './anthropic.ts';
import { retryAfterMs } from './http.ts';
import { createOpenAiProvider } from './openai.ts';
import { ProviderError, type LlmProvider } from './types.ts';

let fake: FakeLlm;
beforeAll(async () => {
  fake = await startFakeLlm();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const request = { system: 'You write SQL.', user: 'Question: revenue?', maxTokens: 512 };
const timing = { timeoutMs: 1_000, maxRetries: 2 };

const providers: Record<string, () => LlmProvider> = {
  openai: () =>
    createOpenAiProvider({
      ...timing,
      baseUrl: fake.openaiBaseUrl,
      apiKey: FAKE_OPENAI_KEY,
      model: 'gpt-test',
      jsonMode: true,
    }),
  anthropic: () =>
    createAnthropicProvider({
      ...timing,
      baseUrl: fake.anthropicBaseUrl,
      apiKey: FAKE_ANTHROPIC_KEY,
      model: 'claude-test',
      version: '2023-06-01',
    }),
};

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('OpenAI chat completions on the wire', () => {
  it('POSTs {model, messages, temperature, response_format} with a bearer key and reads choices[0] and usage', async () => {
    fake.enqueue({ kind: 'answer', text: modelJson('SELECT 1'), promptTokens: 100, completionTokens: 7 });
    const answer = await providers.openai!().complete(request);
    expect(answer).toEqual({ text: modelJson('SELECT 1'), promptTokens: 100, completionTokens: 7 });
    const [sent] = fake.requests;
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe(`Bearer ${FAKE_OPENAI_KEY}`);
    expect(sent?.body).toMatchObject({
      model: 'gpt-test',
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: 'You write SQL.' },
        { role: 'user', content: 'Question: revenue?' },
      ],
    });
  });

  it('needs no key for local OpenAI-compatible servers and can leave out response_format', async () => {
    const local = createOpenAiProvider({
      ...timing,
      baseUrl: fake.openaiBaseUrl,
      model: 'llama3',
      jsonMode: false,
    });
    await failure(local.complete(request)); // the fake insists on its key, like api.openai.com
    expect(fake.requests[0]?.headers.authorization).toBeUndefined();
    expect(fake.requests[0]?.body).not.toHaveProperty('response_format');
  });
});

describe('Anthropic Messages on the wire', () => {
  it('POSTs /v1/messages with x-api-key, anthropic-version, {model, max_tokens, system, messages} and reads content[0].text', async () => {
    fake.enqueue({ kind: 'answer', text: 'hello', promptTokens: 11, completionTokens: 2 });
    expect(await providers.anthropic!().complete(request)).toEqual({
      text: 'hello',
      promptTokens: 11,
      completionTokens: 2,
    });
    const [sent] = fake.requests;
    expect(sent?.path).toBe('/v1/messages');
    expect(sent?.headers['x-api-key']).toBe(FAKE_ANTHROPIC_KEY);
    expect(sent?.headers['anthropic-version']).toBe('2023-06-01');
    expect(sent?.body).toMatchObject({
      model: 'claude-test',
      max_tokens: 512,
      system: 'You write SQL.',
      messages: [{ role: 'user', content: 'Question: revenue?' }],
    });
  });
});

describe.each(['openai', 'anthropic'])('%s: failures', (name) => {
  const provider = () => providers[name]!();

  it('a 429 is retried after retry-after, then succeeds', async () => {
    fake.enqueue(
      { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
      { kind: 'answer', text: 'ok' },
    );
    const started = Date.now();
    expect((await provider().complete(request)).text).toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.requests).toHaveLength(2);
  });

  it('gives up after AI_MAX_RETRIES 429s, or at once when retry-after asks for longer than the timeout', async () => {
    fake.enqueue(
      ...Array.from({ length: 3 }, () => ({
        kind: 'status' as const,
        status: 429,
        headers: { 'retry-after-ms': '10' },
      })),
    );
    expect((await failure(provider().complete(request))).reason).toBe('rate limited (HTTP 429)');
    expect(fake.requests).toHaveLength(3);
    fake.enqueue({ kind: 'status', status: 429, headers: { 'retry-after': '60' } });
    expect((await failure(provider().complete(request))).failure).toBe('rate limited');
    expect(fake.requests).toHaveLength(4);
  });

  it('times out', async () => {
    fake.enqueue({ kind: 'hang', ms: 3_000 });
    const before = fake.requests.length;
    // 'timeout' is the client giving up (the server would answer after 3 s), and it gives up once: no retry.
    expect((await failure(provider().complete(request))).reason).toBe('timeout');
    expect(fake.requests.length - before).toBe(1);
  });

  it('reports server errors and malformed bodies without retrying', async () => {
    fake.enqueue({ kind: 'status', status: 500 });
    expect((await failure(provider().complete(request))).reason).toBe('server error (HTTP 500)');
    fake.enqueue({ kind: 'raw', body: '<html>oops</html>' });
    expect((await failure(provider().complete(request))).reason).toBe('malformed response');
    fake.enqueue({ kind: 'raw', body: '{"unexpected": true}' });
    expect((await failure(provider().complete(request))).reason).toBe('malformed response');
    expect(fake.requests).toHaveLength(3);
  });
});

describe('retry-after', () => {
  it('reads milliseconds, seconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 7_000)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeNull();
    expect(retryAfterMs(new Headers())).toBeNull();
  });
});
