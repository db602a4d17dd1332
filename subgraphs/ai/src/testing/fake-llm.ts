// Test support: a local server speaking the OpenAI chat-completions and Anthropic Messages HTTP
// protocols (request and response shapes, auth headers, error bodies, retry-after), with
// scripted behaviour per request. Only the LLM vendors are ever faked.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | { kind: 'answer'; text: string; promptTokens?: number; completionTokens?: number }
  /** An HTTP error in the vendor's error format, e.g. 429 with retry-after. */
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  /** A 200 whose body is not what the protocol promises. */
  | { kind: 'raw'; body: string }
  /** Holds the request open (the client's timeout fires first). */
  | { kind: 'hang'; ms: number };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export const FAKE_OPENAI_KEY = 'sk-test-openai-0123456789';
export const FAKE_ANTHROPIC_KEY = 'sk-ant-test-0123456789';

export interface FakeLlm {
  /** OPENAI_BASE_URL (…/v1) and ANTHROPIC_BASE_URL. */
  openaiBaseUrl: string;
  anthropicBaseUrl: string;
  requests: RecordedRequest[];
  /** Behaviours for the next requests, in order; afterwards `fallback` answers. */
  enqueue(...behaviours: Behaviour[]): void;
  /** Answers every request not scripted by enqueue; receives the question the user asked. */
  fallback: (question: string) => Behaviour;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

function questionOf(body: Record<string, unknown>): string {
  const messages = (body.messages ?? []) as { role: string; content: string }[];
  const user = messages.find((m) => m.role === 'user')?.content ?? '';
  return /<question>\n([\s\S]*?)\n<\/question>/.exec(user)?.[1] ?? user;
}

function openAiError(status: number): { error: { message: string; type: string; code: string | null } } {
  const type =
    status === 429
      ? 'rate_limit_exceeded'
      : status === 401
        ? 'invalid_request_error'
        : status >= 500
          ? 'server_error'
          : 'invalid_request_error';
  return {
    error: { message: `fake error ${status}`, type, code: status === 429 ? 'rate_limit_exceeded' : null },
  };
}

function anthropicError(status: number): { type: 'error'; error: { type: string; message: string } } {
  const type =
    status === 429
      ? 'rate_limit_error'
      : status === 401
        ? 'authentication_error'
        : status === 529
          ? 'overloaded_error'
          : status >= 500
            ? 'api_error'
            : 'invalid_request_error';
  return { type: 'error', error: { type, message: `fake error ${status}` } };
}

export async function startFakeLlm(): Promise<FakeLlm> {
  const queue: Behaviour[] = [];
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const fake = {
    requests,
    enqueue: (...behaviours: Behaviour[]) => void queue.push(...behaviours),
    fallback: (_question: string): Behaviour => ({
      kind: 'answer',
      text: '{"sql": "", "explanation": "no script"}',
    }),
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      const anthropic = req.url === '/v1/messages';
      if (req.method !== 'POST' || (!anthropic && req.url !== '/v1/chat/completions'))
        return json(res, 404, { error: { message: 'not found' } });
      if (anthropic && (req.headers['x-api-key'] !== FAKE_ANTHROPIC_KEY || !req.headers['anthropic-version']))
        return json(res, 401, anthropicError(401));
      if (!anthropic && req.headers.authorization !== `Bearer ${FAKE_OPENAI_KEY}`)
        return json(res, 401, openAiError(401));
      if (
        typeof body.model !== 'string' ||
        !Array.isArray(body.messages) ||
        (anthropic && typeof body.max_tokens !== 'number')
      ) {
        return json(res, 400, anthropic ? anthropicError(400) : openAiError(400));
      }

      const behaviour = queue.shift() ?? fake.fallback(questionOf(body));
      switch (behaviour.kind) {
        case 'status':
          return json(
            res,
            behaviour.status,
            anthropic ? anthropicError(behaviour.status) : openAiError(behaviour.status),
            behaviour.headers,
          );
        case 'raw':
          return res.writeHead(200, { 'content-type': 'application/json' }).end(behaviour.body);
        case 'hang': {
          const timer = setTimeout(() => {
            timers.delete(timer);
            json(res, 200, {});
          }, behaviour.ms);
          timers.add(timer);
          return;
        }
        case 'answer': {
          const input = behaviour.promptTokens ?? 321;
          const output = behaviour.completionTokens ?? 45;
          if (anthropic) {
            return json(res, 200, {
              id: 'msg_fake',
              type: 'message',
              role: 'assistant',
              model: body.model,
              content: [{ type: 'text', text: behaviour.text }],
              stop_reason: 'end_turn',
              stop_sequence: null,
              usage: { input_tokens: input, output_tokens: output },
            });
          }
          return json(res, 200, {
            id: 'chatcmpl-fake',
            object: 'chat.completion',
            created: Math.floor(Date.now() / 1000),
            model: body.model,
            choices: [
              { index: 0, message: { role: 'assistant', content: behaviour.text }, finish_reason: 'stop' },
            ],
            usage: { prompt_tokens: input, completion_tokens: output, total_tokens: input + output },
          });
        }
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(fake, {
    openaiBaseUrl: `${base}/v1`,
    anthropicBaseUrl: base,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A model answer in the JSON shape the prompt asks for. */
export const modelJson = (sql: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ sql, explanation: 'As asked.', chart: { type: 'table', x: null, y: [] }, ...extra });
