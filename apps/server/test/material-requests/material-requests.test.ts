import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationKind } from '../../src/entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { AGENT1, ALFA, BETA, PARTNER } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { createTicket } from '../support/tickets.js';
import { CANCEL, FULFIL, LOGS, REQUEST, SCREENSHOTS, TICKET, uploadedFile } from './material-support.js';

// Monday 2026-04-27 10:00 MSK: TKT-3's ten working days skip 1 and 11 May.
const START = new Date('2026-04-27T07:00:00Z');

/** #19, agreement section 4: staff ask for material, the ticket's customer provides it, the ticket waits meanwhile (TKT-2, TKT-3). */
describe.each(TEST_DATABASES)('material requests on %s', (kind) => {
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
  });
  afterAll(async () => t?.close());

  async function startedTicket(): Promise<string> {
    clock.set(START);
    const { id } = await createTicket(t, alfa);
    await t.gql('mutation($id: ID!) { startWork(ticketId: $id) { id } }', { id }, agent);
    return id;
  }
  const read = async (id: string, token = agent) => (await t.gql(TICKET, { id }, token)).ticket;
  const notices = (id: string, kind: NotificationKind) => t.app.orm.em.fork().find(OutboxMessage, { ticket: Number(id), kind });

  it('TKT-2/TKT-3: asking waits for the customer, one notice lists everything; the last request provided brings the ticket back to IN_PROGRESS', async () => {
    const id = await startedTicket();
    const asked = (await t.gql(REQUEST, { id, items: [LOGS, SCREENSHOTS] }, agent)).requestMaterial;
    // Ten working days from Mon 27 Apr, as after a reply: the end of 13 May MSK.
    expect(asked).toMatchObject({ status: 'WAITING_FOR_CUSTOMER', autoCloseAt: '2026-05-13T21:00:00.000Z' });
    expect(asked.materialRequests.map((r: { kind: string; status: string }) => [r.kind, r.status])).toEqual([['LOGS', 'OPEN'], ['SCREENSHOTS', 'OPEN']]);
    const [mail] = await notices(id, NotificationKind.MATERIAL_REQUESTED);
    expect(mail!.body).toContain(LOGS.details);
    expect(mail!.body).toContain(SCREENSHOTS.reason);
    expect(mail!.body).toContain('Загрузить');

    // The customer sees what is asked, by whom and why.
    const seen = await read(id, alfa);
    expect(seen.materialRequests[0]).toMatchObject({ ...LOGS, status: 'OPEN', files: [], shippingDetails: null });
    expect((await read(id)).materialRequests[0].requestedBy).toEqual({ email: AGENT1 });
    const [logs, screenshots] = seen.materialRequests as { id: string }[];

    // Providing one of two keeps the ticket waiting and restarts the count from that day (the customer answered in part).
    clock.set(new Date('2026-04-29T07:00:00Z'));
    const log = await uploadedFile(t, id, 'dlserver.log');
    const first = (await t.gql(FULFIL, { input: { requestId: logs!.id, fileIds: [log] } }, alfa)).fulfilMaterialRequest;
    expect(first.status).toBe('WAITING_FOR_CUSTOMER');
    expect(first.autoCloseAt).toBe('2026-05-15T21:00:00.000Z');

    // A partner serving the customer may provide the rest; the ticket is back in work with the "answer received" notice.
    const shot = await uploadedFile(t, id, 'error.png');
    const last = (await t.gql(FULFIL, { input: { requestId: screenshots!.id, fileIds: [shot], note: 'Окно ошибки' } }, partner)).fulfilMaterialRequest;
    expect(last).toMatchObject({ status: 'IN_PROGRESS', autoCloseAt: null });
    expect(await notices(id, NotificationKind.ANSWER_RECEIVED)).toHaveLength(1);
    // The agent holding the ticket hears of it in the bell, as of a customer's reply (#13).
    const bell = (await t.gql('{ staffNotifications(first: 50) { nodes { kind ticket { id } } } }', {}, agent)).staffNotifications.nodes as { kind: string; ticket: { id: string } | null }[];
    expect(bell.filter((n) => n.ticket?.id === id).map((n) => n.kind)).toEqual(expect.arrayContaining(['CUSTOMER_REPLY', 'NEW_MESSAGE']));

    const after = await read(id);
    expect(after.waitingSince).toBeNull();
    expect(after.customerAnsweredAt).toBe('2026-04-29T07:00:00.000Z');
    expect(after.materialRequests.map((r: { status: string; files: { fileName: string }[] }) => [r.status, r.files.map((f) => f.fileName)])).toEqual([
      ['FULFILLED', ['dlserver.log']],
      ['FULFILLED', ['error.png']],
    ]);
    expect(after.materialRequests[1].fulfilmentNote).toBe('Окно ошибки');
    const kinds = after.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((k: string) => k.startsWith('MATERIAL_'))).toEqual(['MATERIAL_REQUESTED', 'MATERIAL_REQUESTED', 'MATERIAL_FULFILLED', 'MATERIAL_FULFILLED']);
  });

  it('TKT-2: the last two requests provided at the same moment still bring the ticket back to IN_PROGRESS exactly once', async () => {
    const id = await startedTicket();
    const asked = (await t.gql(REQUEST, { id, items: [LOGS, SCREENSHOTS] }, agent)).requestMaterial.materialRequests as { id: string }[];
    const files = [await uploadedFile(t, id, 'a.log'), await uploadedFile(t, id, 'b.png')];
    // Each chose its status move before the queue lock; whichever goes second sees the other's and chooses again (or loses with CONFLICT).
    const results = await Promise.all(asked.map((request, i) => t.raw(FULFIL, { input: { requestId: request.id, fileIds: [files[i]] } }, i === 0 ? alfa : partner)));
    for (const result of results.filter((r) => r.errors)) expect(result.errors![0]!.extensions?.code).toBe('CONFLICT');
    for (const [i, result] of results.entries()) {
      if (result.errors) await t.gql(FULFIL, { input: { requestId: asked[i]!.id, fileIds: [files[i]] } }, alfa);
    }
    const after = await read(id);
    expect(after.status).toBe('IN_PROGRESS');
    expect(after.materialRequests.map((r: { status: string }) => r.status)).toEqual(['FULFILLED', 'FULFILLED']);
    expect(await notices(id, NotificationKind.ANSWER_RECEIVED)).toHaveLength(1);
  });

  it('who may: staff ask and cancel; only the ticket’s customer or its partner provides; another organization finds nothing', async () => {
    const id = await startedTicket();
    await expectCode(t, 'FORBIDDEN', REQUEST, { id, items: [LOGS] }, alfa);
    await expectCode(t, 'FORBIDDEN', REQUEST, { id, items: [LOGS] }, partner);
    await expectCode(t, 'UNAUTHENTICATED', REQUEST, { id, items: [LOGS] });
    await expectCode(t, 'NOT_FOUND', REQUEST, { id: '999999', items: [LOGS] }, agent);
    const requestId = (await t.gql(REQUEST, { id, items: [LOGS] }, agent)).requestMaterial.materialRequests[0].id;
    const file = await uploadedFile(t, id);
    const input = { requestId, fileIds: [file] };
    await expectCode(t, 'FORBIDDEN', FULFIL, { input }, agent);
    await expectCode(t, 'NOT_FOUND', FULFIL, { input }, beta);
    expect((await t.gql(TICKET, { id }, beta)).ticket).toBeNull();
    await expectCode(t, 'FORBIDDEN', CANCEL, { id: requestId }, alfa);
    await expectCode(t, 'UNAUTHENTICATED', FULFIL, { input });

    // Cancelling withdraws it; the ticket keeps waiting and a cancelled request cannot be provided any more.
    const cancelled = (await t.gql(CANCEL, { id: requestId, note: 'Нашли причину сами' }, agent)).cancelMaterialRequest;
    expect(cancelled).toMatchObject({ status: 'WAITING_FOR_CUSTOMER', materialRequests: [{ id: requestId, status: 'CANCELLED' }] });
    expect(fieldsOf(expectOneError(await t.gqlErrors(FULFIL, { input }, alfa), 'BAD_USER_INPUT'))).toEqual(['input.requestId']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(CANCEL, { id: requestId }, agent), 'BAD_USER_INPUT'))).toEqual(['requestId']);
  });

  it('bad input is named field by field', async () => {
    const id = await startedTicket();
    const empty = expectOneError(await t.gqlErrors(REQUEST, { id, items: [] }, agent), 'BAD_USER_INPUT');
    expect(fieldsOf(empty)).toEqual(['items']);
    const blank = expectOneError(await t.gqlErrors(REQUEST, { id, items: [{ kind: 'LOGS', details: '  ', reason: 'x'.repeat(2001) }] }, agent), 'BAD_USER_INPUT');
    expect(fieldsOf(blank)).toEqual(['items.0.details', 'items.0.reason']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(REQUEST, { id, items: Array(11).fill(LOGS) }, agent), 'BAD_USER_INPUT'))).toEqual(['items']);
    expectOneError(await t.gqlErrors(REQUEST, { id, items: [{ ...LOGS, kind: 'PHOTOS' }] }, agent), 'BAD_USER_INPUT');

    const requestId = (await t.gql(REQUEST, { id, items: [LOGS] }, agent)).requestMaterial.materialRequests[0].id;
    const other = await startedTicket();
    const foreign = await uploadedFile(t, other);
    const noFiles = expectOneError(await t.gqlErrors(FULFIL, { input: { requestId, fileIds: [] } }, alfa), 'BAD_USER_INPUT');
    expect(fieldsOf(noFiles)).toEqual(['input.fileIds']);
    const wrong = expectOneError(await t.gqlErrors(FULFIL, { input: { requestId, fileIds: [foreign], note: 'y'.repeat(2001) } }, alfa), 'BAD_USER_INPUT');
    expect(fieldsOf(wrong)).toEqual(['input.note', 'input.fileIds']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(FULFIL, { input: { requestId, fileIds: ['abc'] } }, alfa), 'BAD_USER_INPUT'))).toEqual(['input.fileIds']);
    await expectCode(t, 'NOT_FOUND', FULFIL, { input: { requestId: 'abc', fileIds: [] } }, alfa);
    expect((await read(id)).status).toBe('WAITING_FOR_CUSTOMER');

    // A NEW ticket has had no reaction yet: asking, like replying, waits for startWork (SLA-2).
    clock.set(START);
    const fresh = (await createTicket(t, alfa)).id;
    await expectCode(t, 'CONFLICT', REQUEST, { id: fresh, items: [LOGS] }, agent);
  });

  it('TKT-3 and TKT-4: closing ends the open requests; the silence after asking auto-closes the ticket like after a reply', async () => {
    const closedByAgent = await startedTicket();
    await t.gql(REQUEST, { id: closedByAgent, items: [LOGS, SCREENSHOTS] }, agent);
    await t.gql('mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: SOLVED }) { id } }', { id: closedByAgent }, agent);
    expect((await read(closedByAgent, alfa)).materialRequests.map((r: { status: string }) => r.status)).toEqual(['CANCELLED', 'CANCELLED']);

    const silent = await startedTicket();
    await t.gql(REQUEST, { id: silent, items: [LOGS] }, agent);
    clock.set(new Date('2026-05-14T09:00:00Z'));
    await t.app.deadlines.sweep();
    const closed = await read(silent);
    expect(closed.status).toBe('CLOSED');
    expect(closed.materialRequests[0].status).toBe('CANCELLED');
    const requestId = closed.materialRequests[0].id;
    await expectCode(t, 'BAD_USER_INPUT', FULFIL, { input: { requestId, fileIds: [await uploadedFile(t, silent)] } }, alfa);
  });
});
