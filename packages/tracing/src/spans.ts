import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';

let enabled = false;

/** Set by startTracing(); while off, every helper here runs the work without touching OpenTelemetry. */
export function setTracingEnabled(value: boolean): void {
  enabled = value;
}

export function tracingEnabled(): boolean {
  return enabled;
}

const tracer = () => trace.getTracer('tessera');

function fail(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/**
 * Runs `handle` inside a SERVER span continuing the caller's W3C trace context (traceparent).
 * The span ends when the response is closed, with its status code.
 */
export function traceIncomingRequest<T>(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  attributes: Attributes,
  handle: () => T,
): T {
  if (!enabled) return handle();
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const span = tracer().startSpan(
    name,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET', ...attributes } },
    parent,
  );
  res.once('close', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  return context.with(trace.setSpan(parent, span), handle);
}

/**
 * A SERVER span for frameworks with request hooks (Fastify): start it in onRequest and continue
 * the request inside `within`; end() once the response is sent.
 */
export interface IncomingSpan {
  within<T>(fn: () => T): T;
  end(statusCode: number): void;
}

export function startIncomingSpan(
  headers: IncomingMessage['headers'],
  name: string,
  attributes: Attributes,
): IncomingSpan | null {
  if (!enabled) return null;
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer().startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  const active = trace.setSpan(parent, span);
  return {
    within: <T>(fn: () => T): T => context.with(active, fn),
    end(statusCode: number) {
      span.setAttribute('http.response.status_code', statusCode);
      if (statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}

/**
 * Runs `send` inside a CLIENT span and adds the trace context to `headers` (mutated) so the
 * service called continues the same trace. `statusOf` reads the HTTP status from the result.
 */
export async function traceOutgoingRequest<T>(
  name: string,
  attributes: Attributes,
  headers: Record<string, string>,
  send: () => Promise<T>,
  statusOf?: (result: T) => number,
): Promise<T> {
  if (!enabled) return send();
  const span = tracer().startSpan(name, { kind: SpanKind.CLIENT, attributes });
  const active = trace.setSpan(context.active(), span);
  propagation.inject(active, headers);
  try {
    const result = await context.with(active, send);
    const status = statusOf?.(result);
    if (status !== undefined) {
      span.setAttribute('http.response.status_code', status);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    }
    return result;
  } catch (error) {
    fail(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** Runs `work` inside an INTERNAL span (an engine execution, say); the span is passed for attributes found on the way. */
export async function traceWork<T>(
  name: string,
  attributes: Attributes,
  work: (span: Span | null) => Promise<T>,
): Promise<T> {
  if (!enabled) return work(null);
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      fail(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * Holds on to the span active now (the request's SERVER span) so attributes found later, under
 * other spans, still land on it: the GraphQL operation's name, say.
 */
export function annotatorForActiveSpan(): (attributes: Attributes) => void {
  const span = enabled ? trace.getActiveSpan() : undefined;
  return span ? (attributes) => span.setAttributes(attributes) : () => {};
}

/** The current trace id, for log lines; undefined while tracing is off. */
export function activeTraceId(): string | undefined {
  if (!enabled) return undefined;
  return trace.getActiveSpan()?.spanContext().traceId;
}

/** Log bindings plus the current trace id when tracing is on, so log lines and traces join up. */
export function withTraceId<T extends object>(bindings: T): T & { traceId?: string } {
  const traceId = activeTraceId();
  return traceId ? { ...bindings, traceId } : bindings;
}
