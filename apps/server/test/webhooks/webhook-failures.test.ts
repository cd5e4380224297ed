import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NotificationKind, OutboxStatus } from '../../src/entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { ADMIN, ALFA, PARTNER } from '../support/demo-data.js';
import { expectCode } from '../support/expect-errors.js';
import { createTicket } from '../support/tickets.js';
import { waitFor } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { createEndpoint, DELETE_ENDPOINT, deliveriesOf, ENDPOINTS, RESEND, SEND_TEST, SET_ENABLED, type DeliveryView, type EndpointView } from '../support/webhooks.js';

describe.each(TEST_DATABASES)('webhooks: retries, timeouts, disabling and re-sending (%s)', (kind) => {
  let t: TestApp;
  let partner: string;
  let admin: string;
  const receivers: WebhookReceiver[] = [];
  const endpoints: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(kind, {
      env: {
        OUTBOX_POLL_INTERVAL_MS: '100',
        SLA_SWEEP_INTERVAL_MS: '3600000',
        WEBHOOK_MAX_ATTEMPTS: '3',
        WEBHOOK_RETRY_BASE_MS: '100',
        WEBHOOK_DISABLE_AFTER_FAILURES: '4',
        WEBHOOK_TIMEOUT_MS: '1000',
      },
    });
    [partner, admin] = await Promise.all([t.login(PARTNER), t.login(ADMIN)]);
  });
  afterEach(async () => {
    for (const receiver of receivers.splice(0)) await receiver.close();
    for (const id of endpoints.splice(0)) await t.gql(DELETE_ENDPOINT, { id }, admin);
  });
  afterAll(async () => t?.close());

  async function setUp(mode: 'fail' | 'hang', events: string[]): Promise<{ hooks: WebhookReceiver; endpoint: EndpointView }> {
    const hooks = await startWebhookReceiver(mode);
    receivers.push(hooks);
    const { endpoint } = await createEndpoint(t, partner, { url: hooks.url, events });
    endpoints.push(endpoint.id);
    return { hooks, endpoint };
  }

  const log = async (endpointId: string): Promise<DeliveryView[]> => (await deliveriesOf(t, partner, endpointId)).reverse();
  const outboxRow = (id: string) => t.app.orm.em.fork().findOneOrFail(OutboxMessage, Number(id));
  const endpointNow = async (id: string): Promise<EndpointView> =>
    (await t.gql(ENDPOINTS, {}, partner)).webhookEndpoints.find((e: EndpointView) => e.id === id);

  it('#18: an endpoint answering 500 gets every attempt with the same webhook-id, backing off exponentially, each logged; FAILED after WEBHOOK_MAX_ATTEMPTS', async () => {
    const { hooks, endpoint } = await setUp('fail', ['TICKET_CREATED']);
    const ticket = await createTicket(t, await t.login(ALFA), { subject: 'Webhook: получатель сломан' });

    await waitFor(async () => (await log(endpoint.id)).length === 3, 20_000, 'three logged attempts');
    const attempts = await log(endpoint.id);
    expect(attempts.map((d) => [d.attempt, d.statusCode, d.success])).toEqual([[1, 500, false], [2, 500, false], [3, 500, false]]);
    expect(attempts[0]!.error).toMatch(/HTTP 500/);
    expect(new Set(attempts.map((d) => d.webhookId)).size).toBe(1);
    expect(hooks.received.map((r) => r.headers['webhook-id'])).toEqual(attempts.map((d) => d.webhookId));
    expect(hooks.received.every((r) => r.data.ticket.id === ticket.id)).toBe(true);
    // Back-off: 100 ms after the first failure, 200 ms after the second (lower bounds: load only adds to them).
    const at = attempts.map((d) => Date.parse(d.at));
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(100);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(200);
    await waitFor(async () => (await outboxRow(attempts[0]!.outboxMessageId)).status === OutboxStatus.FAILED, 10_000, 'FAILED');
    expect(await endpointNow(endpoint.id)).toMatchObject({ enabled: true, consecutiveFailures: 3 });
  });

  it('#18: the next failure in a row disables the endpoint and e-mails its owner; enabled again, a re-send delivers the same message', async () => {
    const { hooks, endpoint } = await setUp('fail', ['TICKET_CREATED']);
    await createTicket(t, await t.login(ALFA), { subject: 'Webhook: первое' });
    await waitFor(async () => (await log(endpoint.id)).length === 3, 20_000, 'three failed attempts');
    const failed = (await log(endpoint.id))[0]!;
    await createTicket(t, await t.login(ALFA), { subject: 'Webhook: второе' });

    await waitFor(async () => !(await endpointNow(endpoint.id)).enabled, 20_000, 'the endpoint disabled');
    expect(await endpointNow(endpoint.id)).toMatchObject({ enabled: false, consecutiveFailures: 4, disabledReason: expect.stringMatching(/4 failed deliveries/) });
    const notices = await t.app.orm.em.fork().find(OutboxMessage, { kind: NotificationKind.WEBHOOK_DISABLED });
    expect(notices.map((n) => [n.recipient, n.channel, n.subject])).toEqual([[PARTNER, 'EMAIL', `Webhook endpoint disabled: ${hooks.url}`]]);
    // Nothing goes to a disabled endpoint: the second ticket's message fails without another request.
    const requests = hooks.received.length;
    const second = (await log(endpoint.id)).at(-1)!;
    await waitFor(async () => (await outboxRow(second.outboxMessageId)).status === OutboxStatus.FAILED, 10_000, 'the queued message FAILED');
    expect(hooks.received.length).toBe(requests);
    await expectCode(t, 'CONFLICT', RESEND, { id: failed.id }, partner);
    await expectCode(t, 'CONFLICT', SEND_TEST, { id: endpoint.id }, partner);

    hooks.mode = 'accept';
    const enabled = (await t.gql(SET_ENABLED, { id: endpoint.id, on: true }, partner)).setWebhookEndpointEnabled;
    expect(enabled).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledReason: null, disabledAt: null });
    await t.gql(RESEND, { id: failed.id }, partner);
    await waitFor(async () => (await log(endpoint.id)).some((d) => d.success), 15_000, 'the re-sent delivery');
    const resent = (await log(endpoint.id)).find((d) => d.success)!;
    expect(resent).toMatchObject({ webhookId: failed.webhookId, outboxMessageId: failed.outboxMessageId, attempt: 1, statusCode: 200 });
    expect(hooks.received.at(-1)!.headers['webhook-id']).toBe(failed.webhookId);
    expect((await outboxRow(failed.outboxMessageId)).status).toBe(OutboxStatus.SENT);
  });

  it('#18: an endpoint that never answers is cut off after WEBHOOK_TIMEOUT_MS; the attempt is logged without a status code', async () => {
    const { hooks, endpoint } = await setUp('hang', ['SLA_ALERT']);
    await t.gql(SEND_TEST, { id: endpoint.id }, partner);
    await waitFor(async () => (await log(endpoint.id)).length >= 1, 15_000, 'the timed-out attempt');
    const [first] = await log(endpoint.id);
    expect(first).toMatchObject({ attempt: 1, statusCode: null, success: false, eventType: 'webhook.test' });
    expect(first!.error).toMatch(/no answer within 1000 ms/);
    expect(first!.latencyMs).toBeGreaterThanOrEqual(900);
    expect(hooks.received.length).toBeGreaterThanOrEqual(1);
  });
});
