import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT1, ALFA, BETA, BETA_EXT, LEAD, PARTNER } from '../support/demo-data.js';
import { expectOneError, fieldsOf } from '../support/expect-errors.js';
import { outboxOf } from '../support/outbox-helpers.js';
import { subscribe } from '../support/subscription-client.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { ticketInput } from '../support/tickets.js';
import { TicketFile } from '../../src/entities/files/ticket-file.entity.js';
import { instant, msk } from '../support/time.js';

/** Wednesday 11 March 2026, 10:00 MSK: inside BASIC service hours. */
const START = msk('2026-03-11T10:00');
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number receivedAt responseDueAt } }`;
const MERGE = `mutation($s: ID!, $d: ID!) { mergeTickets(survivorId: $s, duplicateId: $d) { id receivedAt responseDueAt criticality priority status slaOutcome } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) {
  id number status resolution receivedAt responseDueAt criticality slaOutcome closedAt sla { running }
  mergedInto { id number } mergedDuplicates { id number } files { fileName }
  messages { kind body authorName }
  timeline { kind summary data }
} }`;
const QUEUE_CHANGED = `subscription { queueChanged { version kind position previousPosition ticket { id } } }`;

/** Анна of АО Альфа (BASIC), the same person on the phone and by e-mail. */
const ANNA = { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01', email: 'alfa@demo.local' };

interface QueueEvent {
  queueChanged: { version: number; kind: string; position: number | null; previousPosition: number | null; ticket: { id: string } };
}

describe.each(TEST_DATABASES)('#19 merging duplicates on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let agent: string;
  let lead: string;
  let customer: string;

  beforeAll(async () => {
    clock = new ManualClock(START);
    t = await startTestApp(kind, { clock });
    agent = await t.login(AGENT1);
    lead = await t.login(LEAD);
    customer = await t.login(ALFA);
  });
  afterAll(async () => t?.close());

  const read = async (id: string, token = agent) => (await t.gql(TICKET, { id }, token)).ticket;
  /** A call at 09:50 registered by the agent, then the same incident by e-mail at 10:00. */
  async function phoneAndEmail(phone: Record<string, unknown> = {}, email: Record<string, unknown> = {}) {
    clock.set(START);
    const call = (
      await t.gql(CREATE, { input: ticketInput({ contact: ANNA, subject: 'АРМ не загружается', channel: 'PHONE', receivedAt: minutes(-10).toISOString(), ...phone }) }, agent)
    ).createTicket;
    const mail = (
      await t.gql(CREATE, { input: ticketInput({ contact: ANNA, subject: 'Re: АРМ не загружается', description: 'Пишу письмом: после обновления чёрный экран.', channel: 'EMAIL', receivedAt: START.toISOString(), ...email }) }, agent)
    ).createTicket;
    return { call, mail };
  }

  it('#19, SLA-2, SLA-8: the survivor holds both conversations and files, takes the earlier arrival and a CRITICAL duplicate’s criticality, deadline recomputed; the duplicate closes as DUPLICATE pointing at it; queue REMOVED + MOVED', async () => {
    const { call, mail } = await phoneAndEmail({ criticality: 'CRITICAL', description: 'Звонок: АРМ не загружается после обновления.' });
    // A log the customer sent for the call: the file must travel (stored as the upload path records it).
    const em = t.app.orm.em.fork();
    em.create(TicketFile, { ticket: Number(call.id), fileName: 'system.log', contentType: 'text/plain', size: '12', sha256: 'a'.repeat(64), storageKey: `e2e/${call.id}/system.log`, createdAt: START });
    await em.flush();
    // The customer adds to the phone ticket before the merge: that message must travel.
    await t.gql(`mutation($id: ID!, $b: String!) { answerTicket(ticketId: $id, body: $b) { id } }`, { id: call.id, b: 'Скриншот ошибки пришлю позже.' }, customer);
    // Another NON_CRITICAL request waits ahead of the e-mail: turning CRITICAL moves the survivor past it.
    await t.gql(CREATE, { input: ticketInput({ channel: 'PHONE', receivedAt: minutes(-5).toISOString() }) }, agent);
    const live = await subscribe<QueueEvent>(t.url, lead, QUEUE_CHANGED);
    try {
      clock.set(minutes(5));
      const survivor = (await t.gql(MERGE, { s: mail.id, d: call.id }, agent)).mergeTickets;
      // BASIC CRITICAL: 30 minutes from the call at 09:50.
      expect(survivor).toMatchObject({ id: mail.id, criticality: 'CRITICAL', priority: 2, status: 'NEW', slaOutcome: null });
      expect(instant(survivor.receivedAt)).toBe(instant(call.receivedAt));
      expect(instant(survivor.responseDueAt)).toBe(instant(minutes(20)));

      const after = await read(mail.id);
      const bodies = after.messages.map((m: { body: string }) => m.body).join('\n');
      expect(bodies).toContain('Звонок: АРМ не загружается после обновления.');
      expect(bodies).toContain('Скриншот ошибки пришлю позже.');
      expect(after.mergedDuplicates).toEqual([{ id: call.id, number: call.number }]);
      expect(after.files).toEqual([{ fileName: 'system.log' }]);
      const merged = after.timeline.find((e: { kind: string }) => e.kind === 'MERGED');
      expect(merged.data).toMatchObject({ duplicate: Number(call.id), duplicateNumber: call.number, from: 'NON_CRITICAL', to: 'CRITICAL', outcomeKept: null, messages: 1, files: 1 });
      expect(instant(merged.data.previousReceivedAt)).toBe(instant(START));
      expect(after.timeline.filter((e: { kind: string }) => e.kind === 'MESSAGE').length).toBeGreaterThanOrEqual(1);

      const duplicate = await read(call.id, customer);
      // Undecided, the duplicate leaves the response-time SLA: its clock stopped at the merge.
      expect(duplicate).toMatchObject({ status: 'CLOSED', resolution: 'DUPLICATE', mergedInto: { id: mail.id, number: mail.number }, messages: [], files: [], slaOutcome: null, sla: { running: false } });
      expect(duplicate.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['MERGED', 'CLOSED']));

      const notice = (await outboxOf(t, call.id)).find((m) => m.kind === 'MERGED')!;
      expect(notice.recipient).toBe('alfa@demo.local');
      expect(notice.body).toContain(mail.number);

      const events = await live.until((e) => e.some((x) => x.queueChanged.ticket.id === mail.id && x.queueChanged.kind !== 'REMOVED'));
      const removed = events.find((e) => e.queueChanged.ticket.id === call.id)!.queueChanged;
      const moved = events.find((e) => e.queueChanged.ticket.id === mail.id)!.queueChanged;
      expect(removed).toMatchObject({ kind: 'REMOVED', position: null });
      expect(moved).toMatchObject({ kind: 'MOVED', position: 0, previousPosition: 1 });
      expect(moved.version).toBe(removed.version + 1);
    } finally {
      await live.close();
    }
  });

  it('SLA-10: a survivor whose outcome is decided keeps it; it must then be the earlier arrival, else the merge is refused with the way round', async () => {
    const { call, mail } = await phoneAndEmail();
    clock.set(minutes(2));
    // The reaction on the e-mail ticket: the dev mailbox proves the notice at commit, so the outcome is MET now.
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id: mail.id }, agent);
    expect((await read(mail.id)).slaOutcome).toBe('MET');

    const refused = expectOneError(await t.gqlErrors(MERGE, { s: mail.id, d: call.id }, agent), 'BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['survivorId']);
    expect(refused.message).toContain(`merge ${mail.number} into ${call.number}`);

    // The other way round: the earlier call survives; the decided e-mail ticket closes with its outcome kept.
    const survivor = (await t.gql(MERGE, { s: call.id, d: mail.id }, agent)).mergeTickets;
    expect(instant(survivor.receivedAt)).toBe(instant(call.receivedAt));
    expect(instant(survivor.responseDueAt)).toBe(instant(call.responseDueAt));
    expect(await read(mail.id)).toMatchObject({ status: 'CLOSED', resolution: 'DUPLICATE', slaOutcome: 'MET', mergedInto: { id: call.id } });
  });

  it('#19: each bad input is refused with its field — the same ticket, another organization, a closed ticket; unknown ids are NOT_FOUND', async () => {
    const { call, mail } = await phoneAndEmail();
    const same = expectOneError(await t.gqlErrors(MERGE, { s: mail.id, d: mail.id }, agent), 'BAD_USER_INPUT');
    expect(fieldsOf(same)).toEqual(['duplicateId']);

    const other = (
      await t.gql(CREATE, { input: ticketInput({ ...BETA_EXT, contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: BETA }, channel: 'PHONE' }) }, agent)
    ).createTicket;
    const foreign = expectOneError(await t.gqlErrors(MERGE, { s: mail.id, d: other.id }, agent), 'BAD_USER_INPUT');
    expect(fieldsOf(foreign)).toEqual(['duplicateId']);

    await t.gql(`mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: WITHDRAWN_BY_CUSTOMER }) { id } }`, { id: call.id }, agent);
    const closedDuplicate = expectOneError(await t.gqlErrors(MERGE, { s: mail.id, d: call.id }, agent), 'BAD_USER_INPUT');
    expect(fieldsOf(closedDuplicate)).toEqual(['duplicateId']);
    const closedSurvivor = expectOneError(await t.gqlErrors(MERGE, { s: call.id, d: mail.id }, agent), 'BAD_USER_INPUT');
    expect(fieldsOf(closedSurvivor)).toEqual(['survivorId']);

    expectOneError(await t.gqlErrors(MERGE, { s: mail.id, d: '999999' }, agent), 'NOT_FOUND');
    expectOneError(await t.gqlErrors(MERGE, { s: 'not-an-id', d: mail.id }, agent), 'NOT_FOUND');
    // Nothing changed on the open ticket.
    expect(await read(mail.id)).toMatchObject({ status: 'NEW', mergedDuplicates: [] });
  });

  it('#19: only staff merge — customers and partners are FORBIDDEN, the anonymous UNAUTHENTICATED; a lead may', async () => {
    const { call, mail } = await phoneAndEmail();
    expectOneError(await t.gqlErrors(MERGE, { s: mail.id, d: call.id }, customer), 'FORBIDDEN');
    expectOneError(await t.gqlErrors(MERGE, { s: mail.id, d: call.id }, await t.login(PARTNER)), 'FORBIDDEN');
    expectOneError(await t.gqlErrors(MERGE, { s: mail.id, d: call.id }), 'UNAUTHENTICATED');
    expect((await read(call.id)).status).toBe('NEW');
    expect((await t.gql(MERGE, { s: mail.id, d: call.id }, lead)).mergeTickets.id).toBe(mail.id);
  });
});
