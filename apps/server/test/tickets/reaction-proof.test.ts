import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { AGENT1, AGENT2, ALFA, BETA_EXT, LEAD } from '../support/demo-data.js';
import { createTicket, queueOrder, settleSlaTimers, ticketWithTimeline, type TicketView } from '../support/tickets.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { contact } from '../support/outbox-helpers.js';
import { refuseAlways, refuseFirst, startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { waitFor } from '../support/subscription-client.js';
import { msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/** Wednesday 4 March 2026, 10:00 Moscow; ПАО Бета's EXTENDED contract: NON_CRITICAL is due in 45 minutes (SLA-1). */
const NOW = msk('2026-03-04T10:00');
const DUE = msk('2026-03-04T10:45');

const NOTICE = 'reactionNotice { state channel deliveredAt proof error failure }';
const START = `mutation($id: ID!) { startWork(ticketId: $id) { id status respondedAt slaOutcome ${NOTICE} } }`;
const PHONE = `mutation($id: ID!, $at: DateTime!, $note: String) {
  recordPhoneNotice(ticketId: $id, calledAt: $at, note: $note) { id respondedAt slaOutcome respondedBy { email } ${NOTICE} }
}`;
const STATE = `query($id: ID!) { ticket(id: $id) { respondedAt slaOutcome respondedBy { email } ${NOTICE} } }`;
const BELL = '{ staffNotifications(first: 50) { nodes { kind text } } }';

interface Notice {
  state: 'PENDING' | 'FAILED' | 'DELIVERED';
  channel: string;
  deliveredAt: string | null;
  proof: string | null;
  error: string | null;
  failure: string | null;
}
interface ReactionState {
  respondedAt: string | null;
  slaOutcome: string | null;
  respondedBy: { email: string } | null;
  reactionNotice: Notice | null;
}

describe.each(TEST_DATABASES)('the reaction proven by delivery on %s (SLA-2, SLA-3)', (kind) => {
  let t: TestApp;
  let sink: SmtpSink;
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    sink = await startSmtpSink();
    // SMTP_URL set: the outbox dispatcher delivers, and only the receiving server's 250 proves receipt.
    t = await startTestApp(kind, { clock, env: { SMTP_URL: sink.url, OUTBOX_POLL_INTERVAL_MS: '100', SLA_SWEEP_INTERVAL_MS: '3600000' } });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });
  beforeEach(() => {
    clock.set(NOW);
    sink.refuse(null);
  });

  /** A fresh EXTENDED request received now; with an e-mail contact, once its RECEIVED notice has reached the sink (refusals then hit the reaction notice). */
  const betaTicket = async (overrides: Record<string, unknown> = {}): Promise<TicketView> => {
    const ticket = await createTicket(t, await t.login(LEAD), { ...BETA_EXT, contact: contact(), ...overrides });
    if (overrides.contact === undefined) {
      await waitFor(() => sink.mails.some((m) => m.subject.includes(`[${ticket.number}]`)), 15_000, `the RECEIVED notice of ${ticket.number}`);
    }
    return ticket;
  };
  const stateOf = async (id: string): Promise<ReactionState> =>
    (await t.gql<{ ticket: ReactionState }>(STATE, { id }, await t.login(LEAD))).ticket;
  const until = async (id: string, what: string, done: (s: ReactionState) => boolean): Promise<ReactionState> => {
    let last: ReactionState | null = null;
    await waitFor(async () => done((last = await stateOf(id))), 15_000, what);
    return last!;
  };
  const reactionOutbox = async (id: string) =>
    t.app.orm.em.fork().findOneOrFail(OutboxMessage, { ticket: Number(id), reaction: true });

  it('SLA-2/SLA-3: startWork leaves the notice pending; the SMTP 250 after DATA is the reaction, with Message-ID and server reply as proof', async () => {
    const agent = await t.login(AGENT1);
    const ticket = await betaTicket();
    sink.refuse(refuseFirst(1, 451, 'DATA', 'Greylisted, try again later'));
    const started = (await t.gql(START, { id: ticket.id }, agent)).startWork;
    // Committed, but no proof yet: not reacted to, still in the queue.
    expect(started).toMatchObject({ status: 'IN_PROGRESS', respondedAt: null, slaOutcome: null, reactionNotice: { state: 'PENDING', channel: 'EMAIL' } });

    // The first attempt is refused (4xx): the agent hears of it at once, the ticket waits in the queue marked FAILED.
    const failed = await until(ticket.id, 'the first attempt to fail', (s) => s.reactionNotice?.state === 'FAILED');
    expect(failed).toMatchObject({ respondedAt: null, reactionNotice: { channel: 'EMAIL', error: expect.stringContaining('Greylisted'), failure: 'DELIVERY_FAILED' } });
    expect(await queueOrder(t, agent, [ticket.id])).toEqual([ticket.id]);
    const bell = (await t.gql(BELL, {}, agent)).staffNotifications.nodes as { kind: string; text: string }[];
    expect(bell.find((n) => n.kind === 'REACTION_NOTICE_FAILED' && n.text.includes(ticket.number))?.text).toMatch(/позвоните клиенту \+7/);

    // The retry is accepted: that moment is the reaction.
    clock.set(msk('2026-03-04T10:20'));
    const reacted = await until(ticket.id, 'the retry to be accepted', (s) => s.respondedAt !== null);
    expect(reacted).toMatchObject({ slaOutcome: 'MET', respondedBy: { email: AGENT1 }, reactionNotice: { state: 'DELIVERED', channel: 'EMAIL', error: null, failure: null } });
    expect(new Date(reacted.respondedAt!).getTime()).toBe(msk('2026-03-04T10:20').getTime());
    const outbox = await reactionOutbox(ticket.id);
    expect(outbox).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(outbox.deliveryReceipt).toMatch(/^Message-ID <outbox-\d+\.SD-\d{6}\.[\w-]+@desk\.local>; 250 /);
    expect(reacted.reactionNotice!.proof).toBe(outbox.deliveryReceipt);
    expect(sink.mails.some((m) => m.messageId === outbox.messageId)).toBe(true);
    expect(await queueOrder(t, agent, [ticket.id])).toEqual([]);

    const { timeline } = await ticketWithTimeline(t, agent, ticket.id);
    const responded = timeline.filter((e) => e.kind === 'RESPONDED');
    expect(responded).toHaveLength(1);
    expect(responded[0]!.data).toMatchObject({ outcome: 'MET', channel: 'EMAIL', messageId: outbox.messageId, smtpResponse: expect.stringMatching(/^250 /) });
    expect(responded[0]!.summary).toContain(outbox.messageId!);
  });

  it('SLA-3: a notice refused permanently (550) keeps the ticket pending in the queue and alerts the agent; the phone call before the deadline is MET', async () => {
    const agent = await t.login(AGENT2);
    const ticket = await betaTicket();
    sink.refuse(refuseAlways(550, 'DATA', 'Mailbox unavailable'));
    await t.gql(START, { id: ticket.id }, agent);
    const failed = await until(ticket.id, 'the refusal', (s) => s.reactionNotice?.state === 'FAILED');
    expect(failed).toMatchObject({ respondedAt: null, slaOutcome: null, reactionNotice: { error: expect.stringContaining('Mailbox unavailable') } });
    expect((await reactionOutbox(ticket.id)).status).toBe('FAILED');
    expect(await queueOrder(t, agent, [ticket.id])).toEqual([ticket.id]);
    const bell = (await t.gql(BELL, {}, agent)).staffNotifications.nodes as { kind: string; text: string }[];
    expect(bell.filter((n) => n.kind === 'REACTION_NOTICE_FAILED' && n.text.includes(ticket.number))).toHaveLength(1);

    clock.set(msk('2026-03-04T10:40'));
    const phoned = (await t.gql(PHONE, { id: ticket.id, at: msk('2026-03-04T10:38').toISOString(), note: 'Сообщил о начале работ' }, agent)).recordPhoneNotice;
    expect(phoned).toMatchObject({ slaOutcome: 'MET', respondedBy: { email: AGENT2 }, reactionNotice: { state: 'DELIVERED', channel: 'PHONE' } });
    expect(new Date(phoned.respondedAt).getTime()).toBe(msk('2026-03-04T10:38').getTime());
    expect(phoned.reactionNotice.proof).toMatch(/^☎ .* → .*, \+7 .*: Сообщил о начале работ$/);
    expect(await queueOrder(t, agent, [ticket.id])).toEqual([]);

    const { timeline } = await ticketWithTimeline(t, agent, ticket.id);
    expect(timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['NOTIFICATION_FAILED', 'REACTION_NOTICE_FAILED', 'RESPONDED']));
    expect(timeline.find((e) => e.kind === 'RESPONDED')!.data).toMatchObject({ channel: 'PHONE', outcome: 'MET', calledAt: msk('2026-03-04T10:38').toISOString() });
  });

  it('SLA-3: a phone-only contact fails at once (no e-mail address); the phone call after the deadline is BREACHED', async () => {
    const agent = await t.login(AGENT1);
    const ticket = await betaTicket({ contact: contact(null), channel: 'PHONE' });
    const started = (await t.gql(START, { id: ticket.id }, agent)).startWork;
    expect(started).toMatchObject({ respondedAt: null, reactionNotice: { state: 'FAILED', channel: 'PHONE', error: 'the contact person has no e-mail address', failure: 'NO_CONTACT_ADDRESS' } });
    // Taken, not reacted to: SLA-7 keeps running.
    expect(await queueOrder(t, agent, [ticket.id])).toEqual([ticket.id]);

    // SLA-7: a taken ticket whose notice is not proven is still not reacted to: its deadline breaches.
    clock.set(msk('2026-03-04T11:00'));
    await settleSlaTimers(t);
    const alerts = (await ticketWithTimeline(t, agent, ticket.id)).timeline.filter((e) => e.kind === 'SLA_ALERT');
    expect(alerts.map((e) => e.data?.kind)).toEqual(['AT_RISK', 'BREACHED']);
    const phoned = (await t.gql(PHONE, { id: ticket.id, at: msk('2026-03-04T10:50').toISOString() }, agent)).recordPhoneNotice;
    expect(phoned).toMatchObject({ slaOutcome: 'BREACHED', respondedBy: { email: AGENT1 } });
    expect(new Date(phoned.respondedAt).getTime()).toBe(msk('2026-03-04T10:50').getTime());
    expect(new Date(phoned.respondedAt).getTime()).toBeGreaterThan(DUE.getTime());
  });

  it('ID-3, SLA-3: a part split off a taken ticket not yet notified gets its own notice, and its own proof', async () => {
    const agent = await t.login(AGENT1);
    const ticket = await betaTicket({ contact: contact(null), channel: 'PHONE' });
    await t.gql(START, { id: ticket.id }, agent);
    const split = await t.gql(
      `mutation($id: ID!) { splitTicket(ticketId: $id, parts: [{ subject: "Второй инцидент", description: "Не печатает" }]) { id ${NOTICE} } }`,
      { id: ticket.id },
      agent,
    );
    const part = split.splitTicket[0];
    expect(part.reactionNotice).toMatchObject({ state: 'FAILED', channel: 'PHONE' });
    expect(await queueOrder(t, agent, [ticket.id, part.id])).toEqual(expect.arrayContaining([ticket.id, part.id]));
    clock.set(msk('2026-03-04T10:10'));
    await t.gql(PHONE, { id: part.id, at: msk('2026-03-04T10:09').toISOString() }, agent);
    expect(await stateOf(part.id)).toMatchObject({ slaOutcome: 'MET', reactionNotice: { state: 'DELIVERED', channel: 'PHONE' } });
    expect((await stateOf(ticket.id)).respondedAt).toBeNull();
  });

  it('SLA-3: a customer who chose portal notices has received the notice when it is committed on the ticket their account reads', async () => {
    const customer = await t.login(ALFA);
    const choose = 'mutation($on: Boolean!) { choosePortalNotices(enabled: $on) { email portalNotices } }';
    await expectCode(t, 'FORBIDDEN', choose, { on: true }, await t.login(AGENT1));
    expect((await t.gql(choose, { on: true }, customer)).choosePortalNotices).toEqual({ email: ALFA, portalNotices: true });
    try {
      // АО Альфа's contact is the customer's own account (same e-mail): SMTP is configured, yet the portal proves receipt at once.
      const ticket = await createTicket(t, customer, {});
      clock.set(msk('2026-03-04T10:05'));
      const started = (await t.gql(START, { id: ticket.id }, await t.login(AGENT1))).startWork;
      expect(started).toMatchObject({ reactionNotice: { state: 'DELIVERED', channel: 'PORTAL', proof: expect.stringContaining(`portal account ${ALFA}`) } });
      expect(new Date(started.respondedAt).getTime()).toBe(msk('2026-03-04T10:05').getTime());
      // The proof is on the ticket the customer reads.
      const seen = await ticketWithTimeline(t, customer, ticket.id);
      expect(seen.timeline.find((e) => e.kind === 'RESPONDED')?.data).toMatchObject({ channel: 'PORTAL' });
    } finally {
      await t.gql(choose, { on: false }, customer);
    }
  });

  it('recordPhoneNotice: staff only, a call neither in the future nor before arrival, on a taken ticket not yet reacted to', async () => {
    const agent = await t.login(AGENT1);
    const ticket = await betaTicket({ contact: contact(null), channel: 'PHONE' });
    const at = (iso: Date) => ({ id: ticket.id, at: iso.toISOString() });
    await expectCode(t, 'FORBIDDEN', PHONE, at(NOW), await t.login(ALFA));
    await expectCode(t, 'CONFLICT', PHONE, at(NOW), agent);
    await t.gql(START, { id: ticket.id }, agent);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', PHONE, at(msk('2026-03-04T10:05')), agent))).toEqual(['calledAt']);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', PHONE, at(msk('2026-03-04T09:00')), agent))).toEqual(['calledAt']);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', PHONE, { ...at(NOW), note: 'x'.repeat(2_001) }, agent))).toEqual(['note']);
    await expectCode(t, 'NOT_FOUND', PHONE, { id: '999999', at: NOW.toISOString() }, agent);
    // A call time given to the second, in the very second the request arrived, counts from the arrival.
    const sameSecond = (await t.gql(PHONE, { id: ticket.id, at: new Date(Math.floor(NOW.getTime() / 1000) * 1000).toISOString() }, agent)).recordPhoneNotice;
    expect(new Date(sameSecond.respondedAt).getTime()).toBe(NOW.getTime());
    await expectCode(t, 'CONFLICT', PHONE, at(NOW), agent);
    expect((await stateOf(ticket.id)).respondedBy).toEqual({ email: AGENT1 });
  });
});
