import { Webhook } from 'standardwebhooks';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, AGENT1, ALFA, BETA_EXT, LEAD, PARTNER } from '../support/demo-data.js';
import { createTicket, TICKET_FIELDS } from '../support/tickets.js';
import { waitFor } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { createEndpoint, DELETE_ENDPOINT, deliveriesOf, SEND_TEST, SET_ENABLED } from '../support/webhooks.js';

const START_WORK = `mutation($id: ID!) { startWork(ticketId: $id) { id } }`;
const REPLY = `mutation($id: ID!, $body: String!) { replyToTicket(ticketId: $id, kind: RECOMMENDATION, body: $body) { ${TICKET_FIELDS} } }`;
const NOTE = `mutation($id: ID!, $body: String!) { addInternalNote(ticketId: $id, body: $body) { id } }`;
const SERVE = `mutation($p: ID!, $c: [ID!]!) { setServedCustomers(partnerId: $p, customerIds: $c) { id } }`;
const ESCALATE = `mutation($id: ID!) { escalateTicket(ticketId: $id, reason: "Нужен разработчик") { id } }`;

describe.each(TEST_DATABASES)('webhooks: signed delivery to a real receiver, scoped like tickets (%s)', (kind) => {
  let t: TestApp;
  let partner: string;
  let admin: string;
  let agent: string;
  const receivers: WebhookReceiver[] = [];
  const endpoints: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(kind, { env: { OUTBOX_POLL_INTERVAL_MS: '100', SLA_SWEEP_INTERVAL_MS: '3600000' } });
    [partner, admin, agent] = await Promise.all([t.login(PARTNER), t.login(ADMIN), t.login(AGENT1)]);
  });
  afterEach(async () => {
    for (const id of endpoints.splice(0)) await t.gql(DELETE_ENDPOINT, { id }, admin);
    for (const receiver of receivers.splice(0)) await receiver.close();
  });
  afterAll(async () => t?.close());

  async function receiver(): Promise<WebhookReceiver> {
    const started = await startWebhookReceiver();
    receivers.push(started);
    return started;
  }

  async function endpoint(token: string, input: Record<string, unknown>) {
    const created = await createEndpoint(t, token, input);
    endpoints.push(created.endpoint.id);
    return created;
  }

  it("#18: a partner's admin receives its customer's ticket created, status changed, the reply and the escalation, each verifiable by Standard Webhooks; never the internal note", async () => {
    const hooks = await receiver();
    const { secret, endpoint: created } = await endpoint(partner, { url: hooks.url });
    expect(secret).toMatch(/^whsec_/);
    expect(created).toMatchObject({ url: hooks.url, enabled: true, organization: { name: 'ООО Партнёр-Сервис' } });

    const ticket = await createTicket(t, await t.login(ALFA), { subject: 'Webhook: АРМ не загружается' });
    await t.gql(START_WORK, { id: ticket.id }, agent);
    await t.gql(NOTE, { id: ticket.id, body: 'секретная внутренняя заметка' }, agent);
    await t.gql(REPLY, { id: ticket.id, body: 'Переустановите драйвер' }, agent);
    await t.gql(ESCALATE, { id: ticket.id }, await t.login(LEAD));

    const mine = () => hooks.received.filter((r) => r.data.ticket?.id === ticket.id);
    await waitFor(() => mine().length >= 5, 15_000, 'five webhook messages');
    expect(mine().map((r) => r.type).sort()).toEqual([
      'ticket.created',
      'ticket.escalated',
      'ticket.message_added',
      'ticket.status_changed',
      'ticket.status_changed',
    ]);
    expect(hooks.ofType('ticket.escalated')[0]!.data).toMatchObject({ level: 1, reason: 'Нужен разработчик', automatic: false, ticket: { escalationLevel: 1 } });
    const verifier = new Webhook(secret);
    for (const message of mine()) {
      expect(() => verifier.verify(message.body, message.headers as Record<string, string>)).not.toThrow();
      expect(message.headers['webhook-id']).toMatch(/^msg_\d+$/);
      expect(message.body).not.toContain('секретная');
    }
    expect(hooks.ofType('ticket.created')[0]!.data.ticket).toMatchObject({ number: ticket.number, organization: { name: 'АО Альфа' } });
    expect(mine().filter((r) => r.type === 'ticket.status_changed').map((r) => [r.data.from, r.data.to])).toEqual(
      expect.arrayContaining([['NEW', 'IN_PROGRESS'], ['IN_PROGRESS', 'WAITING_FOR_CUSTOMER']]),
    );
    expect(hooks.ofType('ticket.message_added')[0]!.data.message).toMatchObject({ kind: 'RECOMMENDATION', body: 'Переустановите драйвер' });
    // A signature over another body does not verify: what the receiver checks is what was sent.
    const first = mine()[0]!;
    expect(() => verifier.verify(first.body.replace(ticket.number, 'SD-999999'), first.headers as Record<string, string>)).toThrow();

    await waitFor(async () => (await deliveriesOf(t, partner, created.id)).length >= 5, 10_000, 'the delivery log');
    const log = await deliveriesOf(t, partner, created.id);
    expect(log.every((d) => d.success && d.statusCode === 200 && d.attempt === 1 && d.latencyMs >= 0)).toBe(true);
    expect(new Set(log.map((d) => d.webhookId))).toEqual(new Set(mine().map((r) => r.headers['webhook-id'])));
  });

  it("#18 scoping: a partner never receives a ticket of a customer it does not serve; that customer's own endpoint (registered by an admin) does", async () => {
    const partnerHooks = await receiver();
    const betaHooks = await receiver();
    await endpoint(partner, { url: partnerHooks.url });
    const beta = (await t.gql('{ organizations { id name } }', {}, admin)).organizations.find((o: { name: string }) => o.name === 'ПАО Бета');
    await endpoint(admin, { url: betaHooks.url, organizationId: beta.id, events: ['TICKET_CREATED'] });

    const betaTicket = await createTicket(t, await t.login(LEAD), { ...BETA_EXT, subject: 'Webhook: только для Беты' });
    const alfaTicket = await createTicket(t, await t.login(ALFA), { subject: 'Webhook: для партнёра' });
    await t.gql(START_WORK, { id: betaTicket.id }, agent);

    await waitFor(() => partnerHooks.received.some((r) => r.data.ticket.id === alfaTicket.id), 15_000, "the partner's ticket");
    await waitFor(() => betaHooks.received.some((r) => r.data.ticket.id === betaTicket.id), 15_000, "Бета's ticket");
    expect(partnerHooks.received.filter((r) => r.data.ticket.id === betaTicket.id)).toEqual([]);
    // Бета's endpoint asked for creations only, and sees no other organization.
    expect(betaHooks.received.map((r) => [r.type, r.data.ticket.id])).toEqual([['ticket.created', betaTicket.id]]);
  });

  it("#18: a partner's webhooks stop when disabled, start when enabled and follow the customers it serves, though every process keeps a copy of who hears of what (#17)", async () => {
    const partnerHooks = await receiver();
    const { endpoint: partnerEndpoint } = await endpoint(partner, { url: partnerHooks.url, events: ['TICKET_CREATED'] });
    const orgId = async (name: string) => String((await t.app.orm.em.fork().findOneOrFail(Organization, { name })).id);
    const [alfaId, betaId, partnerId] = [await orgId('АО Альфа'), await orgId('ПАО Бета'), await orgId('ООО Партнёр-Сервис')];
    // Its messages are written in the ticket's transaction: there as soon as createTicket answers, whatever the copy's fallback expiry.
    const queued = () => t.app.orm.em.fork().count(OutboxMessage, { webhookEndpoint: Number(partnerEndpoint.id) });
    /** How many messages to the partner's endpoint a registration wrote (it hears of creations only). */
    const queuedBy = async (register: () => Promise<unknown>) => {
      const before = await queued();
      await register();
      return (await queued()) - before;
    };
    expect(await queuedBy(async () => createTicket(t, await t.login(ALFA), { subject: 'Webhook: копия прочитана' }))).toBe(1);

    // Each change is checked before anything else could drop the copy.
    await t.gql(SET_ENABLED, { id: partnerEndpoint.id, on: false }, partner);
    expect(await queuedBy(async () => createTicket(t, await t.login(ALFA), { subject: 'Webhook: партнёр отключил' }))).toBe(0);
    await t.gql(SET_ENABLED, { id: partnerEndpoint.id, on: true }, partner);
    expect(await queuedBy(async () => createTicket(t, await t.login(ALFA), { subject: 'Webhook: партнёр включил' }))).toBe(1);

    await t.gql(SERVE, { p: partnerId, c: [alfaId, betaId] }, admin);
    try {
      let beta = { id: '' };
      expect(await queuedBy(async () => (beta = await createTicket(t, await t.login(LEAD), { ...BETA_EXT, subject: 'Webhook: теперь и Бета' })))).toBe(1);
      await waitFor(() => partnerHooks.received.some((r) => r.data.ticket.id === beta.id), 15_000, 'the newly served customer');
    } finally {
      await t.gql(SERVE, { p: partnerId, c: [alfaId] }, admin);
    }

  });

  it('#18: a test event goes out signed and shows in the delivery log', async () => {
    const hooks = await receiver();
    const { secret, endpoint: created } = await endpoint(partner, { url: hooks.url, events: ['SLA_ALERT'] });
    const webhookId = (await t.gql(SEND_TEST, { id: created.id }, partner)).sendWebhookTestEvent;
    await waitFor(() => hooks.ofType('webhook.test').length === 1, 15_000, 'the test event');
    const [message] = hooks.ofType('webhook.test');
    expect(message!.headers['webhook-id']).toBe(webhookId);
    expect(new Webhook(secret).verify(message!.body, message!.headers as Record<string, string>)).toMatchObject({ type: 'webhook.test' });
    await waitFor(async () => (await deliveriesOf(t, partner, created.id)).length === 1, 10_000, 'the logged test delivery');
    expect((await deliveriesOf(t, partner, created.id))[0]).toMatchObject({ webhookId, eventType: 'webhook.test', statusCode: 200, success: true });
  });
});
