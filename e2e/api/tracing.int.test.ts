import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTracingConfig, startTracing, type Tracing } from '@tessera/tracing';
import { signUp } from '../support/accounts.ts';
import { startOtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver.ts';
import { demoSourceId } from '../support/queries.ts';
import { startStack, type Stack } from '../support/stack.ts';

const SERVER = 2;
const CLIENT = 3;

let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let tracing: Tracing;
let stack: Stack;
/** What the OpenTelemetry SDK reported (export failures), as the platform's logger would get it. */
const sdkMessages: string[] = [];
beforeAll(async () => {
  receiver = await startOtlpReceiver();
  // As every index.ts does at boot with OTEL_EXPORTER_OTLP_ENDPOINT set (the stack runs every service in this process).
  const logger = {
    warn: (obj: object, message: string) => void sdkMessages.push(`${message} ${JSON.stringify(obj)}`),
    error: (obj: object, message: string) => void sdkMessages.push(`${message} ${JSON.stringify(obj)}`),
  };
  tracing = startTracing({
    serviceName: 'tessera-test',
    config: loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }),
    logger,
  });
  stack = await startStack();
}, 180_000);
afterAll(async () => {
  await tracing?.shutdown();
  await receiver?.close();
});

async function post(
  query: string,
  variables: Record<string, unknown>,
  token: string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id'),
    body: (await response.json()) as { data?: unknown; errors?: unknown[] },
  };
}

/** The spans of one trace, once the exporter has sent them. */
async function traceOf(traceId: string): Promise<ReceivedSpan[]> {
  await tracing.forceFlush();
  return receiver.spans().filter((span) => span.traceId === traceId);
}

const childOf = (spans: ReceivedSpan[], parent: ReceivedSpan, match: (span: ReceivedSpan) => boolean) =>
  spans.find((span) => span.parentSpanId === parent.spanId && match(span));

/** A span under `ancestor` at any depth (the gateway's own spans sit between its request and its fetches). */
function descendantOf(
  spans: ReceivedSpan[],
  ancestor: ReceivedSpan,
  match: (span: ReceivedSpan) => boolean,
): ReceivedSpan | undefined {
  const byId = new Map(spans.map((span) => [span.spanId, span]));
  return spans.find((span) => {
    if (!match(span)) return false;
    for (let up = byId.get(span.parentSpanId); up; up = byId.get(up.parentSpanId))
      if (up === ancestor) return true;
    return false;
  });
}

describe('OpenTelemetry tracing (exporter configured)', () => {
  it('continues the caller’s trace through the gateway, the queries subgraph and the engine', async () => {
    const user = await signUp(stack, 'tracing');
    const dataSourceId = await demoSourceId(stack, user);
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');

    const run = await post(
      'mutation TracedRun($input: RunQueryInput!) { runQuery(input: $input) { status rowCount } }',
      { input: { dataSourceId, sql: 'SELECT category, count(*) AS n FROM products GROUP BY category' } },
      user.accessToken,
      { traceparent: `00-${traceId}-${callerSpanId}-01` },
    );
    expect(run.body.errors).toBeUndefined();
    expect(run.body.data).toMatchObject({ runQuery: { status: 'SUCCEEDED' } });

    const spans = await traceOf(traceId);
    const gateway = spans.find(
      (span) => span.kind === SERVER && span.attributes['tessera.service'] === 'gateway',
    );
    expect(gateway).toMatchObject({
      name: 'POST /graphql',
      parentSpanId: callerSpanId,
      service: 'tessera-test',
      attributes: {
        'graphql.operation.name': 'TracedRun',
        'graphql.operation.type': 'mutation',
        'tessera.request_id': run.requestId,
        'http.response.status_code': 200,
      },
    });
    const fetch = descendantOf(
      spans,
      gateway!,
      (span) => span.kind === CLIENT && span.name === 'POST queries',
    );
    expect(fetch?.attributes).toMatchObject({
      'tessera.subgraph': 'queries',
      'http.response.status_code': 200,
    });
    const queries = childOf(spans, fetch!, (span) => span.kind === SERVER);
    expect(queries?.attributes).toMatchObject({
      'tessera.service': 'queries',
      'http.route': '/graphql',
      'tessera.request_id': run.requestId,
    });
    const engine = childOf(spans, queries!, (span) => span.name === 'query.execute');
    expect(engine?.attributes).toMatchObject({
      'db.system.name': 'demo',
      'db.response.returned_rows': expect.any(Number),
    });
    expect(engine!.attributes['db.response.returned_rows']).toBeGreaterThan(0);
  });

  it('starts a trace for a request without one, with a span per subgraph fetched', async () => {
    const user = await signUp(stack, 'tracing-root');
    const before = new Set(receiver.spans().map((span) => span.traceId));
    const answer = await post(
      'query ProjectSources($id: ID!) { project(id: $id) { name dataSources { kind } } }',
      { id: user.projectId },
      user.accessToken,
    );
    expect(answer.body.errors).toBeUndefined();

    await tracing.forceFlush();
    const root = receiver
      .spans()
      .find(
        (span) =>
          !before.has(span.traceId) &&
          span.kind === SERVER &&
          span.attributes['graphql.operation.name'] === 'ProjectSources',
      );
    expect(root).toBeDefined();
    expect(root!.parentSpanId).toBe('');
    const spans = await traceOf(root!.traceId);
    expect(spans.map((span) => span.name)).toEqual(expect.arrayContaining(['gateway.plan', 'gateway.fetch']));
    const fetched = spans
      .filter((span) => span.kind === CLIENT && descendantOf(spans, root!, (s) => s === span))
      .map((span) => span.attributes['tessera.subgraph']);
    expect(fetched).toEqual(expect.arrayContaining(['accounts', 'queries']));
    for (const service of ['accounts', 'queries']) {
      expect(
        spans.some((span) => span.kind === SERVER && span.attributes['tessera.service'] === service),
      ).toBe(true);
    }
  });

  it('does not trace health probes or metric scrapes', async () => {
    await fetch(new URL('/health', stack.gatewayUrl));
    await fetch(new URL('/metrics', stack.gatewayUrl));
    await tracing.forceFlush();
    expect(
      receiver.spans().filter((span) => span.name.endsWith('/health') || span.name.endsWith('/metrics')),
    ).toEqual([]);
  });

  it('sends nothing to Apollo: @apollo/gateway’s usage reporting stays off (it would flush when the gateway stops)', async () => {
    await stack.stop();
    expect(sdkMessages.filter((message) => message.includes('apollographql.com'))).toEqual([]);
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });
});
