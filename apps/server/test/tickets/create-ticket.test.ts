import { ProductionCalendar, atRiskAt, responseDeadline } from '@desk/sla';
import { beforeEach, describe, expect, it } from 'vitest';
import { AGENT1, ALFA, ALFA_BASIC, BETA_EXT, BETA_HW_EXT, LEAD, PARTNER } from '../support/demo-data.js';
import { CREATE_TICKET, createTicket, ticketInput, ticketWithTimeline, refuseTicket, queueOrder } from '../support/tickets.js';
import { expectOneError, fieldsOf } from '../support/expect-errors.js';
import { instant, msk } from '../support/time.js';
import { type ManualClock, type TestApp, useClockedTestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/** Wednesday, 12:00 in Moscow: inside BASIC service hours. */
const NOW = msk('2026-03-04T12:00');
const calendar = new ProductionCalendar();

describe.each(TEST_DATABASES)('createTicket on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  useClockedTestApp(kind, NOW, (app, appClock) => ((t = app), (clock = appClock)));
  const refuse = (token: string, overrides: Record<string, unknown>) => refuseTicket(t, token, overrides);
  const queueIds = async () => queueOrder(t, await t.login(LEAD));

  describe('happy paths', () => {
    it('a customer opens a ticket for its own organization through the portal', async () => {
      const ticket = await createTicket(t, await t.login(ALFA), { criticality: 'CRITICAL', category: 'INCIDENT', channel: 'PORTAL' });
      expect(ticket).toMatchObject({
        status: 'NEW',
        channel: 'PORTAL',
        supportLevel: 'BASIC',
        criticality: 'CRITICAL',
        priority: 2,
        escalationLevel: 0,
        respondedAt: null,
        slaOutcome: null,
        slaState: 'ON_TRACK',
        rejectionReason: null,
        assignee: null,
        organization: { name: 'АО Альфа' },
      });
      expect(ticket.number).toMatch(/^SD-\d+$/);
      expect(instant(ticket.receivedAt)).toBe(NOW.getTime());
      expect(instant(ticket.responseDueAt)).toBe(msk('2026-03-04T12:30').getTime());
      expect(await queueIds()).toContain(ticket.id);
    });

    it('TKT-8: every appendix-1 detail can be given at creation, so nothing is asked again', async () => {
      const details = {
        productVersion: '4.1',
        buildNumber: '4.1.1523',
        osVersion: 'Astra Linux 1.7',
        osBitness: 'X64',
        occursWhen: 'при загрузке после обновления',
        stepsToReproduce: '1. Обновить 2. Перезагрузить',
        errorText: 'Ошибка 0x1F: модуль не найден',
        installedSoftware: 'Kaspersky Endpoint Security 12',
      };
      const created = await createTicket(t, await t.login(ALFA), { channel: 'PORTAL', category: 'INCIDENT', ...details });
      const data = await t.gql(
        `query($id: ID!) { ticket(id: $id) { productVersion buildNumber osVersion osBitness occursWhen stepsToReproduce errorText installedSoftware missingInformation { item } } }`,
        { id: created.id },
        await t.login(LEAD),
      );
      const { missingInformation, ...stored } = data.ticket;
      expect(stored).toEqual(details);
      const missing = missingInformation.map((m: { item: string }) => m.item);
      for (const item of ['OCCURS_WHEN', 'STEPS_TO_REPRODUCE', 'ERROR_TEXT', 'PRODUCT_VERSION', 'BUILD_NUMBER', 'OS_VERSION']) expect(missing).not.toContain(item);
    });

    it('SLA-3/TKT-9: the new ticket has a CREATED line and a queued RECEIVED notification', async () => {
      const ticket = await createTicket(t, await t.login(ALFA));
      const { timeline } = await ticketWithTimeline(t, await t.login(LEAD), ticket.id);
      expect(timeline.map((e) => e.kind)).toEqual(['CREATED', 'NOTIFICATION_QUEUED']);
      expect(timeline[1]?.data).toMatchObject({ kind: 'RECEIVED' });
    });

    it('a partner opens a ticket for a customer it serves', async () => {
      const ticket = await createTicket(t, await t.login(PARTNER), { ...ALFA_BASIC, channel: 'API' });
      expect(ticket).toMatchObject({ status: 'NEW', channel: 'API', supportLevel: 'BASIC', organization: { name: 'АО Альфа' } });
    });

    it('a partner cannot open a ticket for a customer it does not serve', async () => {
      const errors = await refuse(await t.login(PARTNER), { ...BETA_EXT });
      expectOneError(errors, 'FORBIDDEN');
    });

    it.each(['PHONE', 'EMAIL', 'PORTAL', 'TELEGRAM', 'API'])('staff register a request that came by %s', async (channel) => {
      const ticket = await createTicket(t, await t.login(AGENT1), { ...BETA_EXT, channel });
      expect(ticket).toMatchObject({ channel, status: 'NEW', supportLevel: 'EXTENDED', organization: { name: 'ПАО Бета' } });
    });

    it('SLA-2/TKT-11: staff register a call later with its start time, and the clock starts then', async () => {
      const callStarted = msk('2026-03-04T11:20');
      const ticket = await createTicket(t, await t.login(LEAD), {
        ...BETA_EXT,
        channel: 'PHONE',
        criticality: 'CRITICAL',
        receivedAt: callStarted.toISOString(),
      });
      expect(instant(ticket.receivedAt)).toBe(callStarted.getTime());
      expect(instant(ticket.responseDueAt)).toBe(msk('2026-03-04T11:40').getTime());
      // 40 minutes after the call started, the 20-minute EXTENDED deadline has passed.
      expect(ticket.slaState).toBe('BREACHED');
    });

    it('accepts a receivedAt given with any offset, as the same instant', async () => {
      const ticket = await createTicket(t, await t.login(LEAD), { ...BETA_EXT, channel: 'EMAIL', receivedAt: '2026-03-04T04:00:00-04:00' });
      expect(instant(ticket.receivedAt)).toBe(msk('2026-03-04T11:00').getTime());
    });

    it('matches identifiers regardless of case and spaces', async () => {
      for (const identifier of [' dl-basic-0001 ', 'DL - BASIC - 0001', 'Dl-Basic-0001']) {
        const ticket = await createTicket(t, await t.login(ALFA), { identifier });
        expect(ticket.organization.name).toBe('АО Альфа');
      }
    });

    it.each(['ао  альфа', '"АО Альфа"', 'АО «Альфа»', '  АО АЛЬФА  ', '«АО Альфа»'])(
      'ID-2: matches the organization name %j tolerantly',
      async (organizationName) => {
        const ticket = await createTicket(t, await t.login(ALFA), { organizationName });
        expect(ticket.organization.name).toBe('АО Альфа');
      },
    );
  });

  describe('SLA-8: level from the contract, SLA-6: priority', () => {
    it.each([
      [BETA_EXT, 'EXTENDED'],
      [BETA_HW_EXT, 'EXTENDED'],
      [ALFA_BASIC, 'BASIC'],
    ])('%j is served at %s', async (contract, level) => {
      const ticket = await createTicket(t, await t.login(LEAD), { ...contract });
      expect(ticket.supportLevel).toBe(level);
    });

    it('the request cannot state a level of its own', async () => {
      const before = (await t.gql('{ tickets { totalCount } }', {}, await t.login(LEAD))).tickets.totalCount;
      const body = await t.raw(CREATE_TICKET, { input: ticketInput({ supportLevel: 'EXTENDED' }) }, await t.login(ALFA));
      expect(body.data ?? null).toBeNull();
      expect(fieldsOf(expectOneError(body.errors ?? [], 'BAD_USER_INPUT'))).toEqual(['input.supportLevel']);
      const after = (await t.gql('{ tickets { totalCount } }', {}, await t.login(LEAD))).tickets.totalCount;
      expect(after).toBe(before);
    });

    it.each([
      [BETA_EXT, 'CRITICAL', 1],
      [ALFA_BASIC, 'CRITICAL', 2],
      [BETA_EXT, 'NON_CRITICAL', 3],
      [ALFA_BASIC, 'NON_CRITICAL', 4],
    ] as const)('SLA-6: %j %s is P%i', async (contract, criticality, priority) => {
      const ticket = await createTicket(t, await t.login(LEAD), { ...contract, criticality, category: 'INCIDENT' });
      expect(ticket.priority).toBe(priority);
    });
  });

  describe('SLA-1..5: the deadline is @desk/sla responseDeadline of receivedAt', () => {
    // Late enough that every receivedAt below is in the past.
    beforeEach(() => clock.set(msk('2026-03-11T12:00')));

    it.each([
      ['BASIC CRITICAL, Friday evening', ALFA_BASIC, 'CRITICAL', msk('2026-02-27T17:50'), msk('2026-03-02T09:20')],
      ['BASIC NON_CRITICAL, Saturday', ALFA_BASIC, 'NON_CRITICAL', msk('2026-02-28T13:00'), msk('2026-03-02T10:00')],
      ['BASIC NON_CRITICAL, inside service hours', ALFA_BASIC, 'NON_CRITICAL', msk('2026-03-04T11:30'), msk('2026-03-04T12:30')],
      ['BASIC NON_CRITICAL, Friday before Monday 9 March (day off for 8 March)', ALFA_BASIC, 'NON_CRITICAL', msk('2026-03-06T17:30'), msk('2026-03-10T09:30')],
      ['BASIC CRITICAL, night before a working day', ALFA_BASIC, 'CRITICAL', msk('2026-03-10T02:00'), msk('2026-03-10T09:30')],
      ['EXTENDED NON_CRITICAL, Sunday night', BETA_EXT, 'NON_CRITICAL', msk('2026-03-01T23:50'), msk('2026-03-02T00:35')],
      ['EXTENDED CRITICAL, hardware', BETA_HW_EXT, 'CRITICAL', msk('2026-03-04T10:00'), msk('2026-03-04T10:20')],
    ] as const)('%s', async (_label, contract, criticality, receivedAt, expected) => {
      const ticket = await createTicket(t, await t.login(LEAD), {
        ...contract,
        criticality,
        category: 'INCIDENT',
        channel: 'EMAIL',
        receivedAt: receivedAt.toISOString(),
      });
      const level = contract === ALFA_BASIC ? 'BASIC' : 'EXTENDED';
      expect(ticket.supportLevel).toBe(level);
      expect(instant(ticket.responseDueAt)).toBe(responseDeadline(calendar, level, criticality, receivedAt).getTime());
      expect(instant(ticket.responseDueAt)).toBe(expected.getTime());
      expect(instant(ticket.atRiskAt)).toBe(atRiskAt(calendar, level, criticality, receivedAt, 0.75).getTime());
    });
  });
});
