import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Seconds buckets for request and operation latency: 5 ms … 10 s. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds buckets for how late a deadline was picked up: 10 ms … 5 min (a sweep interval, a restart). */
const LATENESS_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300];
/** Distinct GraphQL operation names kept as labels; any beyond are counted as `other` (clients choose names). */
const MAX_OPERATION_NAMES = 200;

/**
 * The process's Prometheus instruments (#18), one registry per app so
 * several apps in one process (tests) never share counts. Updating them is
 * cheap and always on; `GET /metrics` exposes them only when METRICS_ENABLED.
 * Gauges that read the database register a collector, run at scrape time.
 */
export class DeskMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly httpDuration = new Histogram({
    name: 'desk_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'desk_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency (HTTP) by operation name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  /** The accepted graphql-ws connections (their contexts); the server adds and removes them, the gauges read them when scraped. */
  readonly sockets = new Set<{ readonly subscriptions: Readonly<Record<string, unknown>> }>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'desk_process_' });
    const sockets = this.sockets;
    new Gauge({
      name: 'desk_websocket_connections',
      help: 'Open graphql-ws connections (accepted)',
      registers: [this.registry],
      collect() {
        this.set(sockets.size);
      },
    });
    new Gauge({
      name: 'desk_websocket_subscriptions',
      help: 'Active GraphQL subscriptions over WebSocket',
      registers: [this.registry],
      collect() {
        this.set([...sockets].reduce((sum, socket) => sum + Object.keys(socket.subscriptions).length, 0));
      },
    });
  }

  readonly sseStreams = new Gauge({
    name: 'desk_sse_streams',
    help: 'Open GraphQL-over-SSE event streams (one per operation)',
    registers: [this.registry],
  });

  readonly serviceUnavailable = new Counter({
    name: 'desk_service_unavailable_total',
    help: 'Responses refused as SERVICE_UNAVAILABLE because the database or Redis was unreachable (#16)',
    registers: [this.registry],
  });

  readonly eventsPublished = new Counter({
    name: 'desk_events_published_total',
    help: 'Domain events this process published on the event bus, by type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly eventsDelivered = new Counter({
    name: 'desk_events_delivered_total',
    help: "Domain events delivered to this process's listeners (its own and, over Redis, other processes'), by type",
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly subscriptionResults = new Counter({
    name: 'desk_subscription_results_total',
    help: 'GraphQL results sent to clients over the streaming transports (subscription events included), by transport',
    labelNames: ['transport'] as const,
    registers: [this.registry],
  });

  readonly eventBusReconnects = new Counter({
    name: 'desk_event_bus_reconnects_total',
    help: 'Times a Redis connection of the event bus came back after it was lost, by connection (publisher, subscriber)',
    labelNames: ['connection'] as const,
    registers: [this.registry],
  });

  readonly alertsRaised = new Counter({
    name: 'desk_sla_alerts_raised_total',
    help: 'SLA-7 alerts this process raised, by kind (AT_RISK, BREACHED)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'desk_webhook_deliveries_total',
    help: 'Webhook delivery attempts, by outcome (success, failure)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly webhookDuration = new Histogram({
    name: 'desk_webhook_delivery_duration_seconds',
    help: 'Webhook request latency',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly deadlineLateness = new Histogram({
    name: 'desk_deadline_lateness_seconds',
    help: 'How long after its instant a durable deadline (SLA alert, auto-close, …) was picked up, by source',
    labelNames: ['source'] as const,
    buckets: LATENESS_BUCKETS,
    registers: [this.registry],
  });

  /** The label for an operation name: the name itself while few are known, then `other`. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** A gauge whose values are read when scraped (from the database, typically). */
  gauge<L extends string>(name: string, help: string, labelNames: readonly L[], read: (gauge: Gauge<L>) => Promise<void>): void {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        await read(this);
      },
    });
  }
}
