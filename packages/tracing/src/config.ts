import { bool, parseEnv, url, z, type Env } from '@tessera/config';

const httpUrl = () => url().regex(/^https?:\/\//i, 'must be an http:// or https:// URL');

/** `key=value,key2=value2` (the OTEL_EXPORTER_OTLP_HEADERS format); values may be percent-encoded. */
const headerList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const headers: Record<string, string> = {};
    for (const pair of (value ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const at = pair.indexOf('=');
      if (at <= 0) {
        ctx.addIssue({
          code: 'custom',
          message: `expected key=value pairs separated by commas, got "${pair.slice(0, 40)}"`,
        });
        return z.NEVER;
      }
      headers[pair.slice(0, at).trim().toLowerCase()] = decodeURIComponent(pair.slice(at + 1).trim());
    }
    return headers;
  });

/** The standard OpenTelemetry variables Tessera honours. Tracing is off unless an endpoint is set. */
const schema = z.object({
  OTEL_SDK_DISABLED: bool(false),
  /** Base URL of an OTLP/HTTP receiver (a collector, Jaeger, Tempo...); traces go to `<base>/v1/traces`. */
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl().optional(),
  /** Full URL for traces; wins over OTEL_EXPORTER_OTLP_ENDPOINT. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl().optional(),
  OTEL_EXPORTER_OTLP_HEADERS: headerList,
  /** Overrides the service name each process reports (gateway, accounts, ..., tessera for `npm start`). */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  /** Share of new traces recorded (0..1); requests that arrive with a sampled parent are always recorded. */
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
});

export type TracingConfig = z.infer<typeof schema>;

export function loadTracingConfig(env: Env = process.env): TracingConfig {
  // An empty value means unset (compose passes `${OTEL_EXPORTER_OTLP_ENDPOINT:-}` through as '').
  const given = Object.fromEntries(
    Object.entries(env).filter(([name, value]) => name.startsWith('OTEL_') && value !== ''),
  );
  return parseEnv(schema, given);
}

/** Where spans are sent, or null when tracing is off. */
export function tracesEndpoint(config: TracingConfig): string | null {
  if (config.OTEL_SDK_DISABLED) return null;
  if (config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (config.OTEL_EXPORTER_OTLP_ENDPOINT)
    return `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
  return null;
}
