import { context, trace, SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';

/** The app's own tracer: a no-op until the SDK is started (infra/tracing/tracing.ts). */
export const tracer = trace.getTracer('desk-server');

/** Runs `work` inside a new active span (so what it starts — SQL, events — nests under it) and ends it with the outcome. */
export function inSpan<T>(name: string, work: (span: Span) => T, kind: SpanKind = SpanKind.INTERNAL): T {
  return tracer.startActiveSpan(name, { kind }, (span) => {
    try {
      const result = work(span);
      if (result instanceof Promise) {
        return result.then(
          (value: unknown) => {
            span.end();
            return value;
          },
          (error: unknown) => {
            span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
            span.end();
            throw error;
          },
        ) as T;
      }
      span.end();
      return result;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      span.end();
      throw error;
    }
  });
}

/** The span active where this is called (the GraphQL operation's, inside a resolver or an Apollo hook), if any. */
export function activeSpan(): Span | undefined {
  return trace.getSpan(context.active());
}

/**
 * The span of one GraphQL request under the HTTP server span, active while
 * Apollo parses, resolves (SQL nests here) and publishes; named after the
 * operation once it is known (graphql/operation-tracing.ts).
 */
export function graphqlRequestSpan() {
  return (_req: unknown, res: { once(event: 'close', listener: () => void): unknown }, next: () => void): void => {
    const span = tracer.startSpan('graphql', { kind: SpanKind.INTERNAL });
    res.once('close', () => span.end());
    context.with(trace.setSpan(context.active(), span), next);
  };
}
