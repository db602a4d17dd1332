export { loadTracingConfig, tracesEndpoint, type TracingConfig } from './config.ts';
export { startTracing, startTracingFromEnv, type Tracing, type TracingLogger } from './sdk.ts';
export {
  activeTraceId,
  annotatorForActiveSpan,
  startIncomingSpan,
  traceIncomingRequest,
  type IncomingSpan,
  traceOutgoingRequest,
  traceWork,
  tracingEnabled,
  withTraceId,
} from './spans.ts';
