import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { loadTracingConfig } from './config.ts';
import { startTracing } from './sdk.ts';
import { activeTraceId, traceOutgoingRequest, traceWork, tracingEnabled } from './spans.ts';

describe('startTracing', () => {
  it('registers nothing without an endpoint: helpers just run the work and add no headers', async () => {
    const tracing = startTracing({ serviceName: 'test', config: loadTracingConfig({}) });
    expect(tracing).toMatchObject({ enabled: false, endpoint: null });
    expect(tracingEnabled()).toBe(false);
    const headers: Record<string, string> = {};
    expect(await traceOutgoingRequest('POST x', {}, headers, async () => 42)).toBe(42);
    expect(headers).toEqual({});
    expect(await traceWork('work', {}, async (span) => span)).toBeNull();
    expect(activeTraceId()).toBeUndefined();
  });

  it('with an endpoint, propagates W3C trace context to outgoing requests; shutdown unregisters it', async () => {
    // An OTLP/HTTP endpoint that accepts everything (e2e/api/tracing.int.test.ts reads what arrives).
    const received: string[] = [];
    const receiver = createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const tracing = startTracing({
      serviceName: 'test',
      config: loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint }),
    });
    expect(tracing).toMatchObject({ enabled: true, endpoint: `${endpoint}/v1/traces` });
    const headers: Record<string, string> = {};
    let inner: string | undefined;
    await traceWork('outer', {}, async () => {
      inner = activeTraceId();
      await traceOutgoingRequest(
        'POST y',
        {},
        headers,
        async () => ({ status: 200 }),
        (r) => r.status,
      );
    });
    expect(inner).toMatch(/^[0-9a-f]{32}$/);
    expect(headers.traceparent).toMatch(new RegExp(`^00-${inner}-[0-9a-f]{16}-01$`));
    await tracing.shutdown();
    receiver.close();
    expect(received).toEqual(['POST /v1/traces']);
    expect(tracingEnabled()).toBe(false);
    expect(trace.getTracer('x').startSpan('after').isRecording()).toBe(false);
  });
});

describe('shutdown', () => {
  it('does not fail when the receiver is down; the loss is logged', async () => {
    const warnings: string[] = [];
    const logger = {
      warn: (_: object, message: string) => void warnings.push(message),
      error: (_: object, message: string) => void warnings.push(message),
    };
    // Port 9 (discard) refuses connections here.
    const tracing = startTracing({
      serviceName: 'test',
      config: loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' }),
      logger,
    });
    await traceWork('lost', {}, async () => {});
    await expect(tracing.shutdown()).resolves.toBeUndefined();
    expect(warnings.join('\n')).toMatch(/opentelemetry/);
  }, 20_000);
});
