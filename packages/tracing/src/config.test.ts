import { describe, expect, it } from 'vitest';
import { ConfigError } from '@tessera/config';
import { loadTracingConfig, tracesEndpoint } from './config.ts';

describe('tracing configuration', () => {
  it('is off without an endpoint (an empty value is no value)', () => {
    expect(tracesEndpoint(loadTracingConfig({}))).toBeNull();
    expect(tracesEndpoint(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: '' }))).toBeNull();
  });

  it('sends traces to <OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces, or to OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given', () => {
    expect(
      tracesEndpoint(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318/' })),
    ).toBe('http://otel-collector:4318/v1/traces');
    expect(
      tracesEndpoint(
        loadTracingConfig({
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318',
          OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://tempo.example/otlp/v1/traces',
        }),
      ),
    ).toBe('https://tempo.example/otlp/v1/traces');
  });

  it('OTEL_SDK_DISABLED turns it off even with an endpoint', () => {
    expect(
      tracesEndpoint(
        loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_SDK_DISABLED: 'true' }),
      ),
    ).toBeNull();
  });

  it('parses OTEL_EXPORTER_OTLP_HEADERS (percent-encoded values) and the sampling ratio', () => {
    const config = loadTracingConfig({
      OTEL_EXPORTER_OTLP_HEADERS: 'Authorization=Basic%20abc, x-team = bi',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
    });
    expect(config.OTEL_EXPORTER_OTLP_HEADERS).toEqual({ authorization: 'Basic abc', 'x-team': 'bi' });
    expect(config.OTEL_TRACES_SAMPLER_ARG).toBe(0.25);
  });

  it('fails fast on values it cannot use, naming the variable', () => {
    expect(() => loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
    expect(() => loadTracingConfig({ OTEL_EXPORTER_OTLP_HEADERS: 'no-equals-sign' })).toThrow(ConfigError);
    expect(() => loadTracingConfig({ OTEL_TRACES_SAMPLER_ARG: '2' })).toThrow(/OTEL_TRACES_SAMPLER_ARG/);
  });
});
