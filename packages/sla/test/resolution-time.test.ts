import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, businessHours, parseServicePeriods, resolutionSeconds, type StatusChange } from '../src/index.js';
import { instant, periods } from './arbitraries.js';
import { calendar, msk } from './helpers.js';

const RUNS = { numRuns: 300 };
const basic = businessHours(calendar);
const waiting = (at: Date): StatusChange => ({ at, to: 'WAITING_FOR_CUSTOMER' });
const working = (at: Date): StatusChange => ({ at, to: 'IN_PROGRESS' });
const hour = 3600;

describe('#14 resolution time: service time from arrival to close, paused while waiting for the customer', () => {
  it('SLA-4: a BASIC ticket received at 17:00 and closed at 10:00 next morning counts 2 working hours', () => {
    expect(resolutionSeconds(basic, msk('2026-03-04T17:00'), msk('2026-03-05T10:00'), [working(msk('2026-03-04T17:05'))])).toBe(2 * hour);
  });

  it('SLA-5: a weekend in between counts nothing for BASIC and everything for EXTENDED', () => {
    const [friday, monday] = [msk('2026-03-13T17:00'), msk('2026-03-16T10:00')];
    expect(resolutionSeconds(basic, friday, monday, [])).toBe(2 * hour);
    expect(resolutionSeconds(ALWAYS_OPEN, friday, monday, [])).toBe(65 * hour);
  });

  it('TKT-2: time WAITING_FOR_CUSTOMER is excluded, each stretch of it', () => {
    const changes = [
      working(msk('2026-03-04T09:10')),
      waiting(msk('2026-03-04T10:00')),
      working(msk('2026-03-04T12:00')),
      waiting(msk('2026-03-04T15:00')),
      working(msk('2026-03-05T11:00')),
    ];
    // 09:00 → 13:00 next day: 9 + 4 working hours, less 2 h and 3 + 2 h of waiting.
    expect(resolutionSeconds(basic, msk('2026-03-04T09:00'), msk('2026-03-05T13:00'), changes)).toBe(6 * hour);
  });

  it('TKT-3: a ticket auto-closed while waiting is paused until the close', () => {
    const changes = [working(msk('2026-03-02T09:30')), waiting(msk('2026-03-02T10:00'))];
    expect(resolutionSeconds(basic, msk('2026-03-02T09:00'), msk('2026-03-17T00:00'), changes)).toBe(hour);
  });

  it('LVL-2: the lunch break of a two-period day is not counted', () => {
    const split = businessHours(calendar, parseServicePeriods('09:00-13:00,14:00-18:00'));
    expect(resolutionSeconds(split, msk('2026-03-04T12:00'), msk('2026-03-04T15:00'), [])).toBe(2 * hour);
  });

  it('never more than the service time between arrival and close, never negative; without waiting exactly that', () => {
    fc.assert(
      fc.property(periods, instant, fc.integer({ min: 0, max: 30 * 86_400_000 }), fc.array(fc.tuple(fc.integer({ min: -86_400_000, max: 31 * 86_400_000 }), fc.boolean())), (ps, received, span, moves) => {
        const schedule = businessHours(calendar, ps);
        const closed = new Date(received.getTime() + span);
        const changes = moves.map(([offset, pause]) => ({ at: new Date(received.getTime() + offset), to: pause ? 'WAITING_FOR_CUSTOMER' : 'IN_PROGRESS' }));
        const total = Math.round(schedule.serviceSecondsBetween(received, closed));
        const measured = resolutionSeconds(schedule, received, closed, changes);
        expect(measured).toBeGreaterThanOrEqual(0);
        expect(measured).toBeLessThanOrEqual(total);
        expect(resolutionSeconds(schedule, received, closed, [])).toBe(total);
      }),
      RUNS,
    );
  });

  it('one waiting stretch [a, b) leaves exactly the service time before a and after b', () => {
    fc.assert(
      fc.property(periods, instant, fc.array(fc.integer({ min: 0, max: 20 * 86_400_000 }), { minLength: 3, maxLength: 3 }), (ps, received, offsets) => {
        const schedule = businessHours(calendar, ps);
        const [a, b, c] = [...offsets].sort((x, y) => x - y).map((o) => new Date(received.getTime() + o)) as [Date, Date, Date];
        const expected = Math.round(schedule.serviceSecondsBetween(received, a) + schedule.serviceSecondsBetween(b, c));
        expect(resolutionSeconds(schedule, received, c, [waiting(a), working(b)])).toBe(expected);
      }),
      RUNS,
    );
  });
});
