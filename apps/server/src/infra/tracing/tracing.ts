import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import type { Logger } from '../logger.js';

export interface Tracing {
  /** Sends what is buffered now (tests, shutdown). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry tracing (#18), off unless OTEL_EXPORTER_OTLP_ENDPOINT is set:
 * the official Node SDK exporting OTLP over HTTP (JSON) to that endpoint, with
 * the HTTP server instrumented (the root span of a request) and PostgreSQL
 * queries (pg); the GraphQL operation and event publishing spans are the
 * app's own (infra/tracing/spans.ts). Start it before the app's modules load:
 * the instrumentations patch `http` and `pg` as they are required. The
 * standard OTEL_* variables (OTEL_SERVICE_NAME, OTEL_BSP_SCHEDULE_DELAY, …)
 * apply.
 */
export function startTracing(env: Readonly<Record<string, string | undefined>>, logger: Logger): Tracing | null {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!endpoint) return null;
  // The spec's base endpoint; traces go to its /v1/traces.
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME?.trim() || 'desk-server',
    traceExporter: exporter,
    instrumentations: [new HttpInstrumentation(), new PgInstrumentation()],
  });
  sdk.start();
  logger.info('OpenTelemetry tracing on', { endpoint });
  return {
    flush: () => exporter.forceFlush(),
    shutdown: () => sdk.shutdown(),
  };
}
