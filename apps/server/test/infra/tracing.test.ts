import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infra/logger.js';
import { startTracing, type Tracing } from '../../src/infra/tracing/tracing.js';
import { waitFor } from '../support/subscription-client.js';
import { TEST_DATABASES } from '../support/test-database.js';
import type { TestApp } from '../support/test-app.js';
import { LEAD } from '../support/demo-data.js';
import { ticketInput } from '../support/tickets.js';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: Record<string, unknown> }[];
}

const SERVER = 2;
const CREATE = 'mutation CreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { id } }';

// One SDK per process: this file owns it (the app's modules load after it starts, as in main.ts).
const spans: OtlpSpan[] = [];
let receiver: Server;
let tracing: Tracing;
let startTestApp: typeof import('../support/test-app.js').startTestApp;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const payload = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
      for (const resource of payload.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  tracing = startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'desk-test' }, createLogger('silent'))!;
  ({ startTestApp } = await import('../support/test-app.js'));
});

afterAll(async () => {
  await tracing?.shutdown();
  receiver?.closeAllConnections();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

describe('#18 tracing settings', () => {
  it('is off without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    expect(startTracing({}, createLogger('silent'))).toBeNull();
  });
});

describe.each(TEST_DATABASES)('#18 a trace spans HTTP → GraphQL operation → SQL → event publish (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { env: { SLA_SWEEP_INTERVAL_MS: '3600000' } });
  });
  afterAll(async () => t?.close());

  it('createTicket: the server span, the named operation under it, its SQL (PostgreSQL) and the ticket.changed publish under that', async () => {
    const lead = await t.login(LEAD);
    await tracing.flush();
    const earlier = new Set(spans.map((s) => s.spanId));
    await t.gql(CREATE, { input: ticketInput({ subject: `Трассировка ${kind}` }) }, lead);

    const operation = () => spans.find((s) => s.name === 'mutation CreateTicket' && !earlier.has(s.spanId));
    let graphqlSpan: OtlpSpan | undefined;
    await waitFor(
      async () => {
        await tracing.flush();
        graphqlSpan = operation();
        return Boolean(graphqlSpan && spans.some((s) => s.spanId === graphqlSpan!.parentSpanId));
      },
      15_000,
      'the operation span and its HTTP parent',
    );
    const trace = spans.filter((s) => s.traceId === graphqlSpan!.traceId);
    const server = trace.find((s) => s.spanId === graphqlSpan!.parentSpanId)!;
    expect(server.kind).toBe(SERVER);
    expect(server.name).toMatch(/^POST/);
    // (Its own parent is the test client's request span: the traceparent header is honoured.)

    const publish = trace.find((s) => s.name === 'event.publish ticket.changed');
    expect(publish?.parentSpanId).toBe(graphqlSpan!.spanId);

    const descendsFromOperation = (span: OtlpSpan): boolean => {
      for (let parent = span.parentSpanId; parent; parent = trace.find((s) => s.spanId === parent)?.parentSpanId) {
        if (parent === graphqlSpan!.spanId) return true;
      }
      return false;
    };
    const sql = trace.filter((s) => s.attributes?.some((a) => a.key === 'db.system' || a.key === 'db.system.name'));
    if (kind === 'postgresql') {
      expect(sql.length).toBeGreaterThan(0);
      expect(sql.every(descendsFromOperation)).toBe(true);
    } else {
      // better-sqlite3 has no OpenTelemetry instrumentation: SQLite requests trace without SQL spans.
      expect(sql).toEqual([]);
    }
  });
});
