import { context, diag, DiagLogLevel, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { loadTracingConfig, tracesEndpoint, type TracingConfig } from './config.ts';
import { setTracingEnabled } from './spans.ts';

export interface Tracing {
  enabled: boolean;
  /** The OTLP/HTTP traces URL, or null when tracing is off. */
  endpoint: string | null;
  /** Sends the spans ended so far (tests, and before a planned exit). */
  forceFlush(): Promise<void>;
  /** Flushes, stops exporting and unregisters the global provider. */
  shutdown(): Promise<void>;
}

/** Where the SDK's own warnings go (an unreachable receiver, say); pino's shape. */
export interface TracingLogger {
  warn(obj: object, message: string): void;
  error(obj: object, message: string): void;
}

const disabled: Tracing = {
  enabled: false,
  endpoint: null,
  forceFlush: async () => {},
  shutdown: async () => {},
};

/**
 * Starts OpenTelemetry tracing for this process when an OTLP endpoint is configured: W3C trace
 * context in and out of every HTTP hop, spans batched to the receiver over OTLP/HTTP. Without an
 * endpoint nothing is registered and the span helpers cost a flag check. Call once, at boot.
 */
export function startTracing(options: {
  serviceName: string;
  config: TracingConfig;
  logger?: TracingLogger;
}): Tracing {
  const endpoint = tracesEndpoint(options.config);
  if (!endpoint) return disabled;
  const { config, logger } = options;
  if (logger) {
    diag.setLogger(
      {
        error: (message, ...args) => logger.error({ args }, `opentelemetry: ${message}`),
        warn: (message, ...args) => logger.warn({ args }, `opentelemetry: ${message}`),
        info: () => {},
        debug: () => {},
        verbose: () => {},
      },
      DiagLogLevel.WARN,
    );
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': config.OTEL_SERVICE_NAME ?? options.serviceName,
      'service.namespace': 'tessera',
    }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.OTEL_TRACES_SAMPLER_ARG) }),
    spanProcessors: [
      new BatchSpanProcessor(
        new OTLPTraceExporter({ url: endpoint, headers: config.OTEL_EXPORTER_OTLP_HEADERS }),
      ),
    ],
  });
  // The AsyncLocalStorage context manager and the W3C trace-context propagator.
  provider.register();
  setTracingEnabled(true);
  return {
    enabled: true,
    endpoint,
    forceFlush: () => provider.forceFlush(),
    async shutdown() {
      setTracingEnabled(false);
      // A receiver that is down must not fail the process's shutdown; the spans are lost, and said so.
      await provider
        .shutdown()
        .catch((error: unknown) => logger?.warn({ err: error }, 'opentelemetry: last spans not exported'));
      trace.disable();
      context.disable();
      propagation.disable();
      diag.disable();
    },
  };
}

/** startTracing with the process environment's OTEL_* variables (index.ts files call this at boot). */
export function startTracingFromEnv(serviceName: string, logger?: TracingLogger): Tracing {
  return startTracing({ serviceName, config: loadTracingConfig(), ...(logger ? { logger } : {}) });
}
