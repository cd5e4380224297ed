import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AGENT1, LEAD, PARTNER } from '../support/demo-data.js';
import { parsePrometheusText, scrapeMetrics, valueOf, type Scrape } from '../support/prometheus.js';
import { subscribe, waitFor } from '../support/subscription-client.js';
import { openEventStream } from '../support/event-stream.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { loadConfig } from '../../src/config.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { createEndpoint, DELETE_ENDPOINT, SEND_TEST } from '../support/webhooks.js';

const TOKEN = 'scrape-token-0123456789';
// Wednesday 4 March 2026, 12:00 in Moscow: working hours.
const START = new Date('2026-03-04T09:00:00Z');
const CREATE = `mutation CreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { id atRiskAt } }`;
const START_WORK = `mutation StartWork($id: ID!) { startWork(ticketId: $id) { id } }`;
const PHONED = `mutation Phoned($id: ID!, $at: DateTime!) { recordPhoneNotice(ticketId: $id, calledAt: $at) { id } }`;

function request(overrides: Record<string, unknown> = {}) {
  return {
    identifier: 'DL-EXT-0001',
    organizationName: 'ПАО Бета',
    contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02' },
    subject: 'АРМ не загружается',
    description: 'Описание',
    category: 'INCIDENT',
    criticality: 'CRITICAL',
    channel: 'PHONE',
    ...overrides,
  };
}

describe.each(TEST_DATABASES)('#18 GET /metrics: Prometheus text that moves with the desk (%s)', (kind) => {
  const clock = new ManualClock(START);
  let t: TestApp;
  let lead: string;
  const cleanups: (() => Promise<unknown>)[] = [];
  const scrape = () => scrapeMetrics(t.url, TOKEN);

  beforeAll(async () => {
    t = await startTestApp(kind, {
      clock,
      env: { METRICS_ENABLED: '1', METRICS_TOKEN: TOKEN, OUTBOX_POLL_INTERVAL_MS: '100', SLA_SWEEP_INTERVAL_MS: '3600000', WEBHOOK_MAX_ATTEMPTS: '1' },
    });
    lead = await t.login(LEAD);
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => t?.close());

  it('answers 401 without the bearer token or with a wrong one; with it, strictly valid text with every instrument', async () => {
    expect((await scrapeMetrics(t.url, null)).status).toBe(401);
    expect((await scrapeMetrics(t.url, 'wrong-token-0123456789')).status).toBe(401);
    const metrics = await scrape();
    expect(metrics.status).toBe(200);
    expect(metrics.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const names = metrics.families.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'desk_http_request_duration_seconds',
        'desk_graphql_operation_duration_seconds',
        'desk_websocket_connections',
        'desk_websocket_subscriptions',
        'desk_events_published_total',
        'desk_sla_alerts_raised_total',
        'desk_queue_tickets',
        'desk_open_tickets_by_sla_state',
        'desk_outbox_messages',
        'desk_webhook_deliveries_total',
        'desk_deadline_lateness_seconds',
        'desk_events_delivered_total',
        'desk_event_bus_reconnects_total',
        'desk_db_pool_connections',
        'desk_sse_streams',
        'desk_subscription_results_total',
      ]),
    );
    expect(metrics.families.find((f) => f.name === 'desk_graphql_operation_duration_seconds')!.type).toBe('histogram');
    // The Grafana dashboard of the monitoring profile queries only what is served.
    const dashboard = readFileSync(new URL('../../../../deploy/grafana/dashboards/desk.json', import.meta.url), 'utf8');
    const queried = new Set([...dashboard.matchAll(/\bdesk_[a-z_]+/g)].map(([name]) => name.replace(/_(bucket|count|sum)$/, '')));
    expect(queried.size).toBeGreaterThanOrEqual(10);
    for (const name of queried) expect(names, name).toContain(name);
  });

  it('a new ticket, its AT_RISK alert and its reaction move the operation, event, queue, SLA-state, alert and lateness figures', async () => {
    const before = await scrape();
    const ticket = (await t.gql(CREATE, { input: request() }, lead)).createTicket;
    await t.gqlErrors(CREATE, { input: request({ subject: '' }) }, lead);
    let now = await scrape();
    const moved = (name: string, labels: Record<string, string>, from: Scrape = before) => valueOf(now, name, labels) - valueOf(from, name, labels);
    expect(moved('desk_graphql_operation_duration_seconds', { operation: 'CreateTicket', type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(moved('desk_graphql_operation_duration_seconds', { operation: 'CreateTicket', outcome: 'error' })).toBe(1);
    expect(moved('desk_http_request_duration_seconds', { route: '/graphql', method: 'POST' })).toBeGreaterThanOrEqual(2);
    expect(moved('desk_events_published_total', { type: 'ticket.changed' })).toBeGreaterThanOrEqual(1);
    // One process, no Redis: every event published here is delivered here, once.
    expect(moved('desk_events_delivered_total', { type: 'ticket.changed' })).toBe(moved('desk_events_published_total', { type: 'ticket.changed' }));
    expect(moved('desk_queue_tickets', { level: 'EXTENDED', criticality: 'CRITICAL' })).toBe(1);
    expect(moved('desk_open_tickets_by_sla_state', { state: 'ON_TRACK' })).toBe(1);

    // SLA-7: at 75 % of the response time the deadline fires; the alert is raised once.
    const created = now;
    clock.set(new Date(new Date(ticket.atRiskAt).getTime() + 2_000));
    await t.app.deadlines.sweep();
    now = await scrape();
    expect(moved('desk_sla_alerts_raised_total', { kind: 'AT_RISK' }, created)).toBe(1);
    expect(moved('desk_open_tickets_by_sla_state', { state: 'AT_RISK' }, created)).toBe(1);
    expect(moved('desk_open_tickets_by_sla_state', { state: 'ON_TRACK' }, created)).toBe(-1);
    expect(moved('desk_deadline_lateness_seconds', {}, created)).toBeGreaterThanOrEqual(1);
    // Picked up 2 s after its instant: above the 1 s bucket, within 2.5 s.
    const buckets = (le: string) => now.families.find((f) => f.name === 'desk_deadline_lateness_seconds')!.samples.filter((s) => s.labels.le === le).reduce((n, s) => n + s.value, 0);
    expect(buckets('2.5') - buckets('1')).toBeGreaterThanOrEqual(1);

    const alerted = now;
    const agent = await t.login(AGENT1);
    await t.gql(START_WORK, { id: ticket.id }, agent);
    // The reaction is the customer's receipt of the notice (SLA-3, #14): here, the agent's call.
    await t.gql(PHONED, { id: ticket.id, at: clock.now().toISOString() }, agent);
    now = await scrape();
    expect(moved('desk_queue_tickets', { level: 'EXTENDED', criticality: 'CRITICAL' }, alerted)).toBe(-1);
    expect(moved('desk_open_tickets_by_sla_state', { state: 'AT_RISK' }, alerted)).toBe(-1);
    expect(moved('desk_open_tickets_by_sla_state', { state: 'MET' }, alerted)).toBe(1);
  });

  it('counts open WebSocket connections and subscriptions, and forgets them when the socket closes', async () => {
    const before = await scrape();
    const live = await subscribe(t.url, lead, 'subscription { slaAlert { kind } }');
    try {
      await waitFor(async () => valueOf(await scrape(), 'desk_websocket_subscriptions') === valueOf(before, 'desk_websocket_subscriptions') + 1, 10_000, 'the subscription counted');
      expect(valueOf(await scrape(), 'desk_websocket_connections')).toBe(valueOf(before, 'desk_websocket_connections') + 1);
    } finally {
      await live.close();
    }
    await waitFor(async () => valueOf(await scrape(), 'desk_websocket_connections') === valueOf(before, 'desk_websocket_connections'), 10_000, 'the socket forgotten');
    expect(valueOf(await scrape(), 'desk_websocket_subscriptions')).toBe(valueOf(before, 'desk_websocket_subscriptions'));
  });

  it('counts open SSE streams and the results sent over each streaming transport', async () => {
    const before = await scrape();
    const stream = await openEventStream(t.url, lead, 'subscription { slaAlert { kind } }');
    try {
      await waitFor(async () => valueOf(await scrape(), 'desk_sse_streams') === valueOf(before, 'desk_sse_streams') + 1, 10_000, 'the stream counted');
    } finally {
      stream.close();
    }
    await waitFor(async () => valueOf(await scrape(), 'desk_sse_streams') === valueOf(before, 'desk_sse_streams'), 10_000, 'the stream forgotten');
    const once = await openEventStream(t.url, lead, '{ me { email } }');
    await once.until((results) => results.length === 1);
    expect(valueOf(await scrape(), 'desk_subscription_results_total', { transport: 'sse' }) - valueOf(before, 'desk_subscription_results_total', { transport: 'sse' })).toBe(1);
  });

  it('reads the database pool: connections used and free, requests waiting', async () => {
    const now = await scrape();
    const states = now.families.find((f) => f.name === 'desk_db_pool_connections')!.samples.map((s) => s.labels.state);
    expect(states.sort()).toEqual(['free', 'pending', 'used']);
    expect(valueOf(now, 'desk_db_pool_connections', { state: 'used' }) + valueOf(now, 'desk_db_pool_connections', { state: 'free' })).toBeGreaterThanOrEqual(1);
  });

  it('webhook deliveries by outcome and the WEBHOOK outbox failures', async () => {
    const receiver: WebhookReceiver = await startWebhookReceiver('fail');
    cleanups.push(() => receiver.close());
    const partner = await t.login(PARTNER);
    const { endpoint } = await createEndpoint(t, partner, { url: receiver.url, events: ['TICKET_CREATED'] });
    cleanups.push(() => t.gql(DELETE_ENDPOINT, { id: endpoint.id }, partner));
    const before = await scrape();

    await t.gql(SEND_TEST, { id: endpoint.id }, partner);
    await waitFor(async () => valueOf(await scrape(), 'desk_webhook_deliveries_total', { outcome: 'failure' }) > valueOf(before, 'desk_webhook_deliveries_total', { outcome: 'failure' }), 10_000, 'a failed delivery counted');
    await waitFor(
      async () => valueOf(await scrape(), 'desk_outbox_messages', { channel: 'WEBHOOK', status: 'FAILED' }) === valueOf(before, 'desk_outbox_messages', { channel: 'WEBHOOK', status: 'FAILED' }) + 1,
      10_000,
      'the FAILED webhook message',
    );

    receiver.mode = 'accept';
    await t.gql(SEND_TEST, { id: endpoint.id }, partner);
    await waitFor(async () => valueOf(await scrape(), 'desk_webhook_deliveries_total', { outcome: 'success' }) === valueOf(before, 'desk_webhook_deliveries_total', { outcome: 'success' }) + 1, 10_000, 'a delivery counted');
    expect(valueOf(await scrape(), 'desk_webhook_delivery_duration_seconds')).toBe(valueOf(before, 'desk_webhook_delivery_duration_seconds') + 2);
  });
});

describe('the strict Prometheus text reader the scrape test relies on', () => {
  it('refuses what Prometheus would refuse', () => {
    const ok = '# HELP a_total A.\n# TYPE a_total counter\na_total{x="1"} 2\n';
    expect(parsePrometheusText(ok)[0]!.samples).toEqual([{ name: 'a_total', labels: { x: '1' }, value: 2 }]);
    expect(() => parsePrometheusText('b_total 1\n')).toThrow(/no declared family/);
    expect(() => parsePrometheusText('# TYPE a gauge\na{x=1} 2\n')).toThrow(/bad labels/);
    expect(() => parsePrometheusText('# TYPE a gauge\na twelve\n')).toThrow(/bad value/);
    expect(() => parsePrometheusText('# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_count 1\nh_sum 1\n')).toThrow(/cumulative/);
  });
});

describe('#18 metrics settings', () => {
  // A random-looking secret: production refuses a predictable one (#15).
  const production = { NODE_ENV: 'production', JWT_SECRET: 'q7Vd9Lk2Xp4Rz8Tn1Wb6Hs3Jm5Yc0Fg+Ue/Ai7Oe2Nl', DATABASE_URL: 'postgres://db/desk' };

  it('are off by default; in production they need a token of 16 characters or more', () => {
    expect(loadConfig({})).toMatchObject({ metricsEnabled: false, metricsToken: null });
    expect(() => loadConfig({ ...production, METRICS_ENABLED: '1' })).toThrow(/METRICS_TOKEN is required/);
    expect(() => loadConfig({ METRICS_ENABLED: '1', METRICS_TOKEN: 'short' })).toThrow(/at least 16/);
    expect(loadConfig({ ...production, METRICS_ENABLED: '1', METRICS_TOKEN: TOKEN })).toMatchObject({ metricsEnabled: true, metricsToken: TOKEN });
  });
});
