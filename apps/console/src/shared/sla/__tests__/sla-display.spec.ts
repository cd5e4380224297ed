import { describe, expect, it } from 'vitest';
import { calendarOf, defaultCalendar, slaDisplayAt, type SlaTicket } from '../sla-display';

const msk = (local: string) => new Date(`${local}+03:00`);

// SLA-4's own example: CRITICAL, BASIC, received Friday 17:50 MSK → due Monday 09:20 MSK.
const fridayBasic: SlaTicket = {
  supportLevel: 'BASIC',
  receivedAt: '2026-02-13T17:50:00+03:00',
  responseDueAt: '2026-02-16T09:20:00+03:00',
  atRiskAt: '2026-02-16T09:12:30+03:00',
  respondedAt: null,
};

/** A BASIC ticket nobody has reacted to yet, its times in Moscow. */
const waitingBasic = (receivedAt: string, responseDueAt: string): SlaTicket => ({
  supportLevel: 'BASIC',
  receivedAt: `${receivedAt}+03:00`,
  responseDueAt: `${responseDueAt}+03:00`,
  respondedAt: null,
});

describe('slaDisplayAt', () => {
  it('SLA-4: a BASIC ticket outside service hours is paused until the next opening', () => {
    const display = slaDisplayAt(fridayBasic, msk('2026-02-13T19:00:00'));
    expect(display.paused).toBe(true);
    expect(display.resumesAt?.toISOString()).toBe(msk('2026-02-16T09:00:00').toISOString());
    expect(display.remainingSeconds).toBe(20 * 60);
    expect(display.state).toBe('ON_TRACK');
  });

  it('SLA-4, SLA-5: the paused clock does not run down over the weekend', () => {
    const saturday = slaDisplayAt(fridayBasic, msk('2026-02-14T12:00:00'));
    const sundayNight = slaDisplayAt(fridayBasic, msk('2026-02-15T23:59:00'));
    expect(saturday.remainingSeconds).toBe(20 * 60);
    expect(sundayNight.remainingSeconds).toBe(20 * 60);
    expect(sundayNight.paused).toBe(true);
  });

  it('LVL-2: the same ticket runs again inside service hours', () => {
    const display = slaDisplayAt(fridayBasic, msk('2026-02-16T09:05:00'));
    expect(display.paused).toBe(false);
    expect(display.resumesAt).toBeNull();
    expect(display.remainingSeconds).toBe(15 * 60);
    expect(display.state).toBe('ON_TRACK');
  });

  it('SLA-7: AT_RISK once 75% of the service time is used', () => {
    expect(slaDisplayAt(fridayBasic, msk('2026-02-16T09:12:29')).state).toBe('ON_TRACK');
    expect(slaDisplayAt(fridayBasic, msk('2026-02-16T09:12:30')).state).toBe('AT_RISK');
  });

  it('SLA-7: the server threshold wins when it is configured earlier than the default', () => {
    const ticket = { ...fridayBasic, atRiskAt: '2026-02-16T09:05:00+03:00' };
    expect(slaDisplayAt(ticket, msk('2026-02-16T09:06:00')).state).toBe('AT_RISK');
  });

  it('SLA-7: BREACHED at the deadline, with the overdue service time', () => {
    expect(slaDisplayAt(fridayBasic, msk('2026-02-16T09:20:00')).state).toBe('BREACHED');
    const later = slaDisplayAt(fridayBasic, msk('2026-02-16T09:21:30'));
    expect(later.state).toBe('BREACHED');
    expect(later.overdueSeconds).toBe(90);
    expect(later.remainingSeconds).toBe(0);
  });

  it('LVL-2: EXTENDED is 24×7 and never pauses', () => {
    const night: SlaTicket = {
      supportLevel: 'EXTENDED',
      receivedAt: '2026-02-14T02:00:00+03:00',
      responseDueAt: '2026-02-14T02:20:00+03:00',
      atRiskAt: '2026-02-14T02:15:00+03:00',
      respondedAt: null,
    };
    const display = slaDisplayAt(night, msk('2026-02-14T02:10:00'));
    expect(display.paused).toBe(false);
    expect(display.remainingSeconds).toBe(600);
    expect(slaDisplayAt(night, msk('2026-02-14T02:16:00')).state).toBe('AT_RISK');
  });

  it('SLA-9: a reacted ticket is MET or BREACHED and no longer paused', () => {
    const met = slaDisplayAt({ ...fridayBasic, respondedAt: '2026-02-16T09:10:00+03:00' }, msk('2026-02-16T20:00:00'));
    expect(met.state).toBe('MET');
    expect(met.paused).toBe(false);
    const late = slaDisplayAt({ ...fridayBasic, respondedAt: '2026-02-16T09:30:00+03:00' }, msk('2026-02-16T20:00:00'));
    expect(late.state).toBe('BREACHED');
    expect(late.overdueSeconds).toBe(0);
  });

  it('SLA-5: over the New Year holidays a BASIC ticket waits until 12 January 2026', () => {
    const display = slaDisplayAt(waitingBasic('2025-12-30T18:30:00', '2026-01-12T10:00:00'), msk('2026-01-05T12:00:00'));
    expect(display.paused).toBe(true);
    expect(display.resumesAt?.toISOString()).toBe(msk('2026-01-12T09:00:00').toISOString());
    expect(display.remainingSeconds).toBe(3600);
  });

  it('SLA-5: a BASIC ticket on a public holiday waits for the next working day', () => {
    // 23 February 2026 (Monday) is a day off: Friday 20 Feb evening → Tuesday 24 Feb 09:00.
    const display = slaDisplayAt(waitingBasic('2026-02-20T18:30:00', '2026-02-24T10:00:00'), msk('2026-02-23T11:00:00'));
    expect(display.paused).toBe(true);
    expect(display.resumesAt?.toISOString()).toBe(msk('2026-02-24T09:00:00').toISOString());
  });

  it('LVL-2: a ticket registered under two periods a day pauses over the break, as the server counts it', () => {
    const split: SlaTicket = {
      supportLevel: 'BASIC',
      receivedAt: '2026-03-04T12:30:00+03:00',
      responseDueAt: '2026-03-04T14:30:00+03:00',
      respondedAt: null,
      sla: { serviceHours: { periods: '09:00-13:00,14:00-18:00', preHolidayShortDays: false, calendarOverrides: [] } },
    };
    const lunch = slaDisplayAt(split, msk('2026-03-04T13:30:00'));
    expect(lunch).toMatchObject({ paused: true, remainingSeconds: 30 * 60, state: 'ON_TRACK' });
    expect(lunch.resumesAt?.toISOString()).toBe(msk('2026-03-04T14:00:00').toISOString());
    expect(slaDisplayAt(split, msk('2026-03-04T14:15:00')).remainingSeconds).toBe(15 * 60);
  });

  describe("#13, SLA-5: on the server's calendar, with the admin's overrides Ticket.sla names", () => {
    // Monday 16 February made a day off by an admin: the Friday ticket is due Tuesday 09:20, and Monday stays paused.
    const overridden: SlaTicket = {
      ...fridayBasic,
      responseDueAt: '2026-02-17T09:20:00+03:00',
      atRiskAt: '2026-02-17T09:12:30+03:00',
      sla: { serviceHours: { preHolidayShortDays: false, calendarOverrides: [{ date: '2026-02-16', working: false, shortened: false }] } },
    };

    it('a day the admin made a day off pauses the countdown as on the server', () => {
      const monday = slaDisplayAt(overridden, msk('2026-02-16T12:00:00'));
      expect(monday).toMatchObject({ paused: true, remainingSeconds: 20 * 60, state: 'ON_TRACK' });
      expect(monday.resumesAt?.toISOString()).toBe(msk('2026-02-17T09:00:00').toISOString());
      // The shipped calendar alone would count Monday morning down, and call it breached by noon.
      expect(slaDisplayAt({ ...overridden, sla: null }, msk('2026-02-16T12:00:00')).paused).toBe(false);
    });

    it('one calendar per distinct set of overrides; none means the shipped calendar', () => {
      expect(calendarOf(null)).toBe(defaultCalendar);
      expect(calendarOf({ serviceHours: { preHolidayShortDays: false, calendarOverrides: [] } })).toBe(defaultCalendar);
      expect(calendarOf(overridden.sla)).toBe(calendarOf({ serviceHours: { ...overridden.sla!.serviceHours } }));
      expect(calendarOf(overridden.sla).isWorkingDay('2026-02-16')).toBe(false);
    });
  });
});
