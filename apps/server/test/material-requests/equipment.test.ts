import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationKind } from '../../src/entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { DeskSetting } from '../../src/entities/integrations/desk-setting.entity.js';
import { AGENT1, ALFA, BETA, PARTNER } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { createTicket } from '../support/tickets.js';
import { EQUIPMENT, FULFIL, LOGS, RECEIVED, REQUEST, RETURNED, TICKET } from './material-support.js';

// Wednesday 2026-03-04 12:00 MSK.
const START = new Date('2026-03-04T09:00:00Z');
const SHIPPING = 'Санкт-Петербург, ул. Тестовая, 1, приёмка оборудования, пн–пт 10:00–17:00';

/** #19: equipment handed over for diagnosis is tracked from receipt to return; customer and agent see where it is. */
describe.each(TEST_DATABASES)('equipment for diagnosis on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let agent: string;
  let alfa: string;
  let beta: string;
  let partner: string;

  beforeAll(async () => {
    clock = new ManualClock(START);
    t = await startTestApp(kind, { clock });
    [agent, alfa, beta, partner] = (await Promise.all([AGENT1, ALFA, BETA, PARTNER].map((email) => t.login(email)))) as [string, string, string, string];
    const em = t.app.orm.em.fork();
    em.create(DeskSetting, { key: 'materialRequests.shippingDetails', value: SHIPPING, updatedAt: START });
    await em.flush();
  });
  afterAll(async () => t?.close());

  async function equipmentRequested(): Promise<{ id: string; requestId: string }> {
    clock.set(START);
    const { id } = await createTicket(t, alfa);
    await t.gql('mutation($id: ID!) { startWork(ticketId: $id) { id } }', { id }, agent);
    const requestId = (await t.gql(REQUEST, { id, items: [EQUIPMENT] }, agent)).requestMaterial.materialRequests[0].id as string;
    return { id, requestId };
  }
  const read = async (id: string, token = agent) => (await t.gql(TICKET, { id }, token)).ticket;
  const receive = (requestId: string, overrides: Record<string, unknown> = {}) => ({
    input: { requestId, item: 'ПАК «Соболь» 4.0', serialNumber: 'SB-000123', receivedOn: '2026-03-04', conditionNotes: 'Без видимых повреждений', ...overrides },
  });

  it('the customer is told where to ship it and says when it left; support records receipt and return; both see where it is', async () => {
    const { id, requestId } = await equipmentRequested();
    const [mail] = await t.app.orm.em.fork().find(OutboxMessage, { ticket: Number(id), kind: NotificationKind.MATERIAL_REQUESTED });
    expect(mail!.body).toContain(SHIPPING);
    expect((await read(id, alfa)).materialRequests[0].shippingDetails).toBe(SHIPPING);

    // Equipment needs no file: the customer says how it was shipped, which ends the wait.
    const missing = expectOneError(await t.gqlErrors(FULFIL, { input: { requestId } }, alfa), 'BAD_USER_INPUT');
    expect(fieldsOf(missing)).toEqual(['input.note']);
    const shipped = (await t.gql(FULFIL, { input: { requestId, note: 'Отправлено СДЭК, накладная 1234567890' } }, alfa)).fulfilMaterialRequest;
    expect(shipped.status).toBe('IN_PROGRESS');

    clock.set(new Date('2026-03-06T09:00:00Z'));
    await t.gql(RECEIVED, receive(requestId, { receivedOn: '2026-03-05' }), agent);
    const atVendor = (await read(id, alfa)).materialRequests[0].equipment;
    expect(atVendor).toEqual([
      { id: expect.any(String), item: 'ПАК «Соболь» 4.0', serialNumber: 'SB-000123', receivedOn: '2026-03-05', returnedOn: null, conditionNotes: 'Без видимых повреждений', location: 'AT_VENDOR' },
    ]);

    // It goes back after the ticket is closed: still recorded (the team's record, TKT-4 otherwise).
    await t.gql('mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: SOLVED }) { id } }', { id }, agent);
    clock.set(new Date('2026-03-10T09:00:00Z'));
    await t.gql(RETURNED, { input: { itemId: atVendor[0].id, returnedOn: '2026-03-10', conditionNotes: 'Заменён блок питания' } }, agent);
    const ticket = await read(id, partner);
    expect(ticket.materialRequests[0].equipment[0]).toMatchObject({
      returnedOn: '2026-03-10',
      location: 'RETURNED',
      conditionNotes: 'Без видимых повреждений\nЗаменён блок питания',
    });
    expect(ticket.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['EQUIPMENT_RECEIVED', 'EQUIPMENT_RETURNED']));
  });

  it('receipt of a device the customer had not reported fulfils the open request and ends the wait', async () => {
    const { id, requestId } = await equipmentRequested();
    expect((await read(id)).status).toBe('WAITING_FOR_CUSTOMER');
    expect((await t.gql(RECEIVED, receive(requestId), agent)).recordEquipmentReceived.status).toBe('IN_PROGRESS');
    expect((await read(id)).materialRequests[0]).toMatchObject({ status: 'FULFILLED', equipment: [{ location: 'AT_VENDOR' }] });
  });

  it('staff only; bad input named field by field', async () => {
    const { id, requestId } = await equipmentRequested();
    await expectCode(t, 'FORBIDDEN', RECEIVED, receive(requestId), alfa);
    await expectCode(t, 'FORBIDDEN', RECEIVED, receive(requestId), partner);
    await expectCode(t, 'UNAUTHENTICATED', RECEIVED, receive(requestId));
    await expectCode(t, 'NOT_FOUND', RECEIVED, receive('999999'), agent);
    await expectCode(t, 'NOT_FOUND', FULFIL, { input: { requestId, note: 'x' } }, beta);

    const bad = expectOneError(await t.gqlErrors(RECEIVED, receive(requestId, { item: ' ', serialNumber: 'S'.repeat(101), receivedOn: '2026-03-32' }), agent), 'BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['input.item', 'input.serialNumber', 'input.receivedOn']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(RECEIVED, receive(requestId, { receivedOn: '2026-03-09' }), agent), 'BAD_USER_INPUT'))).toEqual(['input.receivedOn']);
    const logsRequest = (await t.gql(REQUEST, { id, items: [LOGS] }, agent)).requestMaterial.materialRequests[1].id;
    expect(fieldsOf(expectOneError(await t.gqlErrors(RECEIVED, receive(logsRequest), agent), 'BAD_USER_INPUT'))).toEqual(['input.requestId']);

    await t.gql(RECEIVED, receive(requestId), agent);
    const itemId = (await read(id)).materialRequests[0].equipment[0].id;
    await expectCode(t, 'FORBIDDEN', RETURNED, { input: { itemId, returnedOn: '2026-03-04' } }, alfa);
    await expectCode(t, 'NOT_FOUND', RETURNED, { input: { itemId: '999999', returnedOn: '2026-03-04' } }, agent);
    // Not before it was received.
    expect(fieldsOf(expectOneError(await t.gqlErrors(RETURNED, { input: { itemId, returnedOn: '2026-03-03' } }, agent), 'BAD_USER_INPUT'))).toEqual(['input.returnedOn']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(RETURNED, { input: { itemId, returnedOn: 'tomorrow', conditionNotes: 'z'.repeat(2001) } }, agent), 'BAD_USER_INPUT'))).toEqual([
      'input.returnedOn',
      'input.conditionNotes',
    ]);
    await t.gql(RETURNED, { input: { itemId, returnedOn: '2026-03-04' } }, agent);
    expect(fieldsOf(expectOneError(await t.gqlErrors(RETURNED, { input: { itemId, returnedOn: '2026-03-04' } }, agent), 'BAD_USER_INPUT'))).toEqual(['input.itemId']);
  });
});
