import { ProductionCalendar, responseDeadline } from '@desk/sla';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NotificationKind } from '../../src/entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { ADMIN, AGENT1, AGENT2, ALFA, ALFA_BASIC, BETA_EXT, GAMMA_EXPIRED, LEAD, PARTNER } from '../support/demo-data.js';
import { TICKET_FIELDS, createTicket, queueOrder, settleSlaTimers, ticketWithTimeline, userId, type TicketView, type TimelineView } from '../support/tickets.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { instant, msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/** Wednesday 4 March 2026, 12:00 Moscow: BASIC service is open. */
const NOW = msk('2026-03-04T12:00');
const calendar = new ProductionCalendar();

const START = `mutation($id: ID!) { startWork(ticketId: $id) { ${TICKET_FIELDS} } }`;
const ASSIGN = `mutation($id: ID!, $to: ID!) { assignTicket(ticketId: $id, assigneeId: $to) { ${TICKET_FIELDS} } }`;
const ESCALATE = `mutation($id: ID!, $reason: String!) { escalateTicket(ticketId: $id, reason: $reason) { ${TICKET_FIELDS} } }`;
const RECLASSIFY = `mutation($id: ID!, $c: Criticality!, $reason: String!) {
  changeCriticality(ticketId: $id, criticality: $c, reason: $reason) { ${TICKET_FIELDS} }
}`;

const kinds = (timeline: TimelineView[], kind: string) => timeline.filter((e) => e.kind === kind);

describe.each(TEST_DATABASES)('ticket actions on %s', (kind) => {
  let t: TestApp;
  const clock = new ManualClock(NOW);
  beforeAll(async () => {
    // The periodic SLA-7 sweep would otherwise alert (and auto-escalate) tickets whenever it
    // happens to run; tests that move time past a deadline run it themselves (settleSlaTimers).
    t = await startTestApp(kind, { clock, env: { SLA_SWEEP_INTERVAL_MS: '3600000' } });
  });
  afterAll(async () => t?.close());
  beforeEach(() => clock.set(NOW));

  /** A fresh BASIC NON_CRITICAL request from АО Альфа, received now: due in one working hour. */
  const freshTicket = async (overrides: Record<string, unknown> = {}): Promise<TicketView> =>
    createTicket(t, await t.login(ALFA), overrides);

  describe('startWork (SLA-2, SLA-3)', () => {
    it('SLA-2/SLA-3: takes an unassigned ticket, records the reaction and notifies the customer', async () => {
      const ticket = await freshTicket({ criticality: 'CRITICAL', category: 'INCIDENT' });
      clock.advance(5 * 60);
      const reactedAt = clock.now();
      const agent = await t.login(AGENT1);
      const { startWork } = await t.gql<{ startWork: TicketView }>(START, { id: ticket.id }, agent);
      expect(startWork).toMatchObject({
        status: 'IN_PROGRESS',
        slaOutcome: 'MET',
        slaState: 'MET',
        assignee: { email: AGENT1 },
      });
      expect(instant(startWork.respondedAt!)).toBe(reactedAt.getTime());
      expect(instant(startWork.responseDueAt)).toBe(instant(ticket.responseDueAt));

      const { timeline } = await ticketWithTimeline(t, agent, ticket.id);
      const reaction = timeline.filter((e) => instant(e.at) === reactedAt.getTime()).map((e) => e.kind);
      expect(reaction).toEqual(expect.arrayContaining(['ASSIGNED', 'STATUS_CHANGED', 'RESPONDED']));
      expect(kinds(timeline, 'STATUS_CHANGED')[0]?.data).toMatchObject({ from: 'NEW', to: 'IN_PROGRESS' });
      expect(kinds(timeline, 'RESPONDED')[0]?.data).toMatchObject({ outcome: 'MET' });
      expect(kinds(timeline, 'ASSIGNED')[0]?.data).toMatchObject({ assigneeId: Number(await userId(t, AGENT1)) });

      const notices = await t.app.orm.em.fork().find(OutboxMessage, { ticket: Number(ticket.id), kind: NotificationKind.WORK_STARTED });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ recipient: 'alfa@demo.local', channel: 'EMAIL' });
      expect(notices[0]!.createdAt.getTime()).toBe(reactedAt.getTime());
    });

    it('SLA-2: keeps an existing assignee', async () => {
      const ticket = await freshTicket();
      await t.gql(ASSIGN, { id: ticket.id, to: await userId(t, AGENT2) }, await t.login(LEAD));
      const { startWork } = await t.gql(START, { id: ticket.id }, await t.login(AGENT1));
      expect(startWork).toMatchObject({ status: 'IN_PROGRESS', assignee: { email: AGENT2 } });
      const { timeline } = await ticketWithTimeline(t, await t.login(LEAD), ticket.id);
      expect(kinds(timeline, 'ASSIGNED')).toHaveLength(1);
    });

    it('SLA-9: reacting after the deadline is BREACHED', async () => {
      const ticket = await freshTicket({ criticality: 'CRITICAL', category: 'INCIDENT' });
      clock.set(new Date(instant(ticket.responseDueAt) + 1000));
      await settleSlaTimers(t);
      const { startWork } = await t.gql<{ startWork: TicketView }>(START, { id: ticket.id }, await t.login(AGENT1));
      expect(startWork).toMatchObject({ status: 'IN_PROGRESS', slaOutcome: 'BREACHED', slaState: 'BREACHED' });
      expect(instant(startWork.respondedAt!)).toBe(instant(ticket.responseDueAt) + 1000);
      const { timeline } = await ticketWithTimeline(t, await t.login(LEAD), ticket.id);
      expect(kinds(timeline, 'RESPONDED')[0]?.data).toMatchObject({ outcome: 'BREACHED' });
    });

    it('SLA-9: reacting exactly at the deadline is MET', async () => {
      const ticket = await freshTicket();
      clock.set(new Date(ticket.responseDueAt));
      await settleSlaTimers(t);
      const { startWork } = await t.gql(START, { id: ticket.id }, await t.login(AGENT1));
      expect(startWork.slaOutcome).toBe('MET');
    });

    it('TKT-2: a second startWork is a CONFLICT and changes nothing', async () => {
      const ticket = await freshTicket();
      const first = (await t.gql(START, { id: ticket.id }, await t.login(AGENT1))).startWork;
      clock.advance(60);
      const error = await expectCode(t, 'CONFLICT', START, { id: ticket.id }, await t.login(AGENT2));
      expect(error.message).toMatch(/IN_PROGRESS/);
      const after = await ticketWithTimeline(t, await t.login(LEAD), ticket.id);
      expect(after.respondedAt).toBe(first.respondedAt);
      expect(after.assignee?.email).toBe(AGENT1);
      expect(kinds(after.timeline, 'RESPONDED')).toHaveLength(1);
    });

    it('a REJECTED ticket cannot be started (CONFLICT)', async () => {
      const rejected = await createTicket(t, await t.login(LEAD), { ...GAMMA_EXPIRED });
      await expectCode(t, 'CONFLICT', START, { id: rejected.id }, await t.login(AGENT1));
    });

    it.each(['999999', 'abc', '1.5'])('an unknown ticket %j is NOT_FOUND', async (id) => {
      await expectCode(t, 'NOT_FOUND', START, { id }, await t.login(AGENT1));
    });

    it.each([ALFA, PARTNER])('%s may not start work (FORBIDDEN)', async (email) => {
      const ticket = await freshTicket();
      await expectCode(t, 'FORBIDDEN', START, { id: ticket.id }, await t.login(email));
      const after = await ticketWithTimeline(t, await t.login(LEAD), ticket.id);
      expect(after.status).toBe('NEW');
    });

    it('an anonymous caller is UNAUTHENTICATED', async () => {
      const ticket = await freshTicket();
      await expectCode(t, 'UNAUTHENTICATED', START, { id: ticket.id });
    });
  });

  describe('assignTicket (TKT-6)', () => {
    it.each([LEAD, ADMIN])('TKT-6: %s assigns a ticket to an agent, recorded in the timeline', async (email) => {
      const ticket = await freshTicket();
      const agent2 = await userId(t, AGENT2);
      const { assignTicket } = await t.gql(ASSIGN, { id: ticket.id, to: agent2 }, await t.login(email));
      expect(assignTicket).toMatchObject({ status: 'NEW', assignee: { id: agent2, email: AGENT2 } });
      const { timeline } = await ticketWithTimeline(t, await t.login(LEAD), ticket.id);
      expect(kinds(timeline, 'ASSIGNED')).toHaveLength(1);
      expect(kinds(timeline, 'ASSIGNED')[0]?.data).toMatchObject({ from: null, to: Number(agent2) });
    });

    it('TKT-6: reassigns from one agent to another', async () => {
      const ticket = await freshTicket();
      const [agent1, agent2] = [await userId(t, AGENT1), await userId(t, AGENT2)];
      await t.gql(ASSIGN, { id: ticket.id, to: agent1 }, await t.login(LEAD));
      const { assignTicket } = await t.gql(ASSIGN, { id: ticket.id, to: agent2 }, await t.login(LEAD));
      expect(assignTicket.assignee.email).toBe(AGENT2);
      const { timeline } = await ticketWithTimeline(t, await t.login(LEAD), ticket.id);
      expect(kinds(timeline, 'ASSIGNED').map((e) => e.data)).toEqual([
        expect.objectContaining({ from: null, to: Number(agent1) }),
        expect.objectContaining({ from: Number(agent1), to: Number(agent2) }),
      ]);
    });

    it('TKT-6: an agent may not assign (FORBIDDEN)', async () => {
      const ticket = await freshTicket();
      await expectCode(t, 'FORBIDDEN', ASSIGN, { id: ticket.id, to: await userId(t, AGENT2) }, await t.login(AGENT1));
    });

    it.each([ALFA, PARTNER])('%s may not assign (FORBIDDEN)', async (email) => {
      const ticket = await freshTicket();
      await expectCode(t, 'FORBIDDEN', ASSIGN, { id: ticket.id, to: await userId(t, AGENT2) }, await t.login(email));
    });

    it.each([ALFA, PARTNER])('assigning to %s (not an agent) is BAD_USER_INPUT on assigneeId', async (email) => {
      const ticket = await freshTicket();
      const error = await expectCode(t, 'BAD_USER_INPUT', ASSIGN, { id: ticket.id, to: await userId(t, email) }, await t.login(LEAD));
      expect(fieldsOf(error)).toEqual(['assigneeId']);
      expect((await ticketWithTimeline(t, await t.login(LEAD), ticket.id)).assignee).toBeNull();
    });

    it('assigning to a user that does not exist is BAD_USER_INPUT on assigneeId', async () => {
      const ticket = await freshTicket();
      const error = await expectCode(t, 'BAD_USER_INPUT', ASSIGN, { id: ticket.id, to: '987654' }, await t.login(LEAD));
      expect(fieldsOf(error)).toEqual(['assigneeId']);
    });

    // BUG: src/modules/tickets/ticket-actions.service.ts:52 looks the assignee up with
    // `{ id: Number(assigneeId) }`; for a non-numeric ID that is NaN, which ends up in the SQL
    // (`where id = NaN`), the database fails and the caller gets INTERNAL_SERVER_ERROR instead of
    // BAD_USER_INPUT on assigneeId.
    it('assigning to a non-numeric id is BAD_USER_INPUT on assigneeId', async () => {
      const ticket = await freshTicket();
      const error = await expectCode(t, 'BAD_USER_INPUT', ASSIGN, { id: ticket.id, to: 'abc' }, await t.login(LEAD));
      expect(fieldsOf(error)).toEqual(['assigneeId']);
    });

    it('assigning an unknown ticket is NOT_FOUND', async () => {
      await expectCode(t, 'NOT_FOUND', ASSIGN, { id: '999999', to: await userId(t, AGENT2) }, await t.login(LEAD));
    });

    it('TKT-4: a REJECTED ticket cannot be assigned (CONFLICT)', async () => {
      const rejected = await createTicket(t, await t.login(LEAD), { ...GAMMA_EXPIRED });
      await expectCode(t, 'CONFLICT', ASSIGN, { id: rejected.id, to: await userId(t, AGENT2) }, await t.login(LEAD));
    });
  });

  describe('escalateTicket (TKT-6)', () => {
    it('TKT-6: each escalation raises the level by one, with the reason in the timeline', async () => {
      const ticket = await freshTicket();
      expect(ticket.escalationLevel).toBe(0);
      const first = (await t.gql(ESCALATE, { id: ticket.id, reason: 'Нужен разработчик' }, await t.login(AGENT1))).escalateTicket;
      expect(first.escalationLevel).toBe(1);
      const second = (await t.gql(ESCALATE, { id: ticket.id, reason: '  Нужен архитектор  ' }, await t.login(LEAD))).escalateTicket;
      expect(second.escalationLevel).toBe(2);
      expect(second.status).toBe('NEW');

      const { timeline, escalationLevel } = await ticketWithTimeline(t, await t.login(LEAD), ticket.id);
      expect(escalationLevel).toBe(2);
      expect(kinds(timeline, 'ESCALATED').map((e) => e.data)).toEqual([
        expect.objectContaining({ level: 1, reason: 'Нужен разработчик' }),
        expect.objectContaining({ level: 2, reason: 'Нужен архитектор' }),
      ]);
    });

    it.each(['', '   ', '\n\t'])('TKT-6: a blank reason %j is BAD_USER_INPUT on reason', async (reason) => {
      const ticket = await freshTicket();
      const error = await expectCode(t, 'BAD_USER_INPUT', ESCALATE, { id: ticket.id, reason }, await t.login(AGENT1));
      expect(fieldsOf(error)).toEqual(['reason']);
      expect((await ticketWithTimeline(t, await t.login(LEAD), ticket.id)).escalationLevel).toBe(0);
    });

    it('a reason over 2000 characters is BAD_USER_INPUT on reason', async () => {
      const ticket = await freshTicket();
      const error = await expectCode(t, 'BAD_USER_INPUT', ESCALATE, { id: ticket.id, reason: 'x'.repeat(2001) }, await t.login(AGENT1));
      expect(fieldsOf(error)).toEqual(['reason']);
    });

    it.each([ALFA, PARTNER])('%s may not escalate (FORBIDDEN)', async (email) => {
      const ticket = await freshTicket();
      await expectCode(t, 'FORBIDDEN', ESCALATE, { id: ticket.id, reason: 'срочно' }, await t.login(email));
    });

    it('escalating an unknown ticket is NOT_FOUND', async () => {
      await expectCode(t, 'NOT_FOUND', ESCALATE, { id: '999999', reason: 'срочно' }, await t.login(AGENT1));
    });

    it('an IN_PROGRESS ticket can still be escalated', async () => {
      const ticket = await freshTicket();
      await t.gql(START, { id: ticket.id }, await t.login(AGENT1));
      const { escalateTicket } = await t.gql(ESCALATE, { id: ticket.id, reason: 'Нужен разработчик' }, await t.login(AGENT1));
      expect(escalateTicket).toMatchObject({ status: 'IN_PROGRESS', escalationLevel: 1 });
    });
  });

  describe('changeCriticality (SLA-8)', () => {
    /** Staff register a request that arrived `minutesAgo` before NOW. */
    const receivedBefore = async (minutesAgo: number, overrides: Record<string, unknown>) =>
      createTicket(t, await t.login(LEAD), {
        channel: 'PHONE',
        receivedAt: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
        ...overrides,
      });

    it('SLA-8: recomputes the deadline from the original arrival, not from now, and records both deadlines', async () => {
      const ticket = await receivedBefore(10, { ...ALFA_BASIC, category: 'INCIDENT', criticality: 'NON_CRITICAL' });
      const receivedAt = new Date(ticket.receivedAt);
      expect(ticket.priority).toBe(4);
      expect(instant(ticket.responseDueAt)).toBe(msk('2026-03-04T12:50').getTime());

      clock.advance(5 * 60);
      const { changeCriticality } = await t.gql<{ changeCriticality: TicketView }>(
        RECLASSIFY,
        { id: ticket.id, c: 'CRITICAL', reason: 'АРМ не загружается у всех пользователей' },
        await t.login(AGENT1),
      );
      expect(changeCriticality).toMatchObject({ criticality: 'CRITICAL', priority: 2, supportLevel: 'BASIC', status: 'NEW' });
      expect(instant(changeCriticality.receivedAt)).toBe(receivedAt.getTime());
      // 11:50 + 30 min, not 12:05 + 30 min.
      expect(instant(changeCriticality.responseDueAt)).toBe(msk('2026-03-04T12:20').getTime());
      expect(instant(changeCriticality.responseDueAt)).toBe(responseDeadline(calendar, 'BASIC', 'CRITICAL', receivedAt).getTime());

      const { timeline } = await ticketWithTimeline(t, await t.login(LEAD), ticket.id);
      const changes = kinds(timeline, 'CRITICALITY_CHANGED');
      expect(changes).toHaveLength(1);
      expect(instant(changes[0]!.at)).toBe(clock.now().getTime());
      const data = changes[0]!.data!;
      expect(data).toMatchObject({ from: 'NON_CRITICAL', to: 'CRITICAL', reason: 'АРМ не загружается у всех пользователей', previousPriority: 4, priority: 2 });
      expect(instant(data.previousResponseDueAt as string)).toBe(msk('2026-03-04T12:50').getTime());
      expect(instant(data.responseDueAt as string)).toBe(msk('2026-03-04T12:20').getTime());
    });

    it('SLA-8/SLA-6: a reclassified ticket moves in the queue', async () => {
      const lead = await t.login(LEAD);
      const critical = await receivedBefore(5, { ...ALFA_BASIC, category: 'INCIDENT', criticality: 'CRITICAL', subject: 'P2 due 12:25' });
      const minor = await receivedBefore(10, { ...ALFA_BASIC, category: 'INCIDENT', criticality: 'NON_CRITICAL', subject: 'P4 due 12:50' });
      expect(await queueOrder(t, lead, [critical.id, minor.id])).toEqual([critical.id, minor.id]);

      await t.gql(RECLASSIFY, { id: minor.id, c: 'CRITICAL', reason: 'отказ АРМ' }, await t.login(AGENT1));
      // Now P2 due 12:20: ahead of the P2 due 12:25.
      expect(await queueOrder(t, lead, [critical.id, minor.id])).toEqual([minor.id, critical.id]);

      await t.gql(RECLASSIFY, { id: minor.id, c: 'NON_CRITICAL', reason: 'ошибка классификации' }, await t.login(AGENT1));
      expect(await queueOrder(t, lead, [critical.id, minor.id])).toEqual([critical.id, minor.id]);
    });

    it('SLA-8: downgrading an EXTENDED incident lowers the priority and extends the deadline from arrival', async () => {
      const ticket = await receivedBefore(5, { ...BETA_EXT, category: 'INCIDENT', criticality: 'CRITICAL' });
      expect(ticket.priority).toBe(1);
      const { changeCriticality } = await t.gql(RECLASSIFY, { id: ticket.id, c: 'NON_CRITICAL', reason: 'сбой не подтвердился' }, await t.login(AGENT1));
      expect(changeCriticality).toMatchObject({ priority: 3, supportLevel: 'EXTENDED', criticality: 'NON_CRITICAL' });
      expect(instant(changeCriticality.responseDueAt)).toBe(msk('2026-03-04T12:40').getTime());
    });

    it.each(['', '  '])('SLA-8: a blank reason %j is BAD_USER_INPUT on reason', async (reason) => {
      const ticket = await freshTicket();
      const error = await expectCode(t, 'BAD_USER_INPUT', RECLASSIFY, { id: ticket.id, c: 'CRITICAL', reason }, await t.login(AGENT1));
      expect(fieldsOf(error)).toEqual(['reason']);
      expect((await ticketWithTimeline(t, await t.login(LEAD), ticket.id)).criticality).toBe('NON_CRITICAL');
    });

    it('the same criticality is BAD_USER_INPUT on criticality', async () => {
      const ticket = await freshTicket();
      const error = await expectCode(t, 'BAD_USER_INPUT', RECLASSIFY, { id: ticket.id, c: 'NON_CRITICAL', reason: 'без изменений' }, await t.login(AGENT1));
      expect(fieldsOf(error)).toEqual(['criticality']);
    });

    it('TKT-1: a non-INCIDENT cannot become CRITICAL (BAD_USER_INPUT on criticality)', async () => {
      const ticket = await freshTicket({ category: 'FUNCTIONALITY_QUESTION' });
      const error = await expectCode(t, 'BAD_USER_INPUT', RECLASSIFY, { id: ticket.id, c: 'CRITICAL', reason: 'срочно' }, await t.login(AGENT1));
      expect(fieldsOf(error)).toEqual(['criticality']);
      const after = await ticketWithTimeline(t, await t.login(LEAD), ticket.id);
      expect(after).toMatchObject({ criticality: 'NON_CRITICAL', priority: 4 });
      expect(kinds(after.timeline, 'CRITICALITY_CHANGED')).toHaveLength(0);
    });

    it.each([ALFA, PARTNER])('%s may not reclassify (FORBIDDEN)', async (email) => {
      const ticket = await freshTicket();
      await expectCode(t, 'FORBIDDEN', RECLASSIFY, { id: ticket.id, c: 'CRITICAL', reason: 'срочно' }, await t.login(email));
    });

    it('reclassifying an unknown ticket is NOT_FOUND', async () => {
      const error = expectOneError(
        await t.gqlErrors(RECLASSIFY, { id: '999999', c: 'CRITICAL', reason: 'срочно' }, await t.login(AGENT1)),
        'NOT_FOUND',
      );
      expect(error.message).toMatch(/999999/);
    });
  });
});
