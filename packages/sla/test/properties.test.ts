import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITICALITIES,
  SUPPORT_LEVELS,
  atRiskAt,
  compareQueueOrder,
  instantAt,
  moscowDateOf,
  priorityOf,
  responseDeadline,
  responseTimeSeconds,
  scheduleFor,
  slaStateAt,
  type QueueOrderKey,
} from '../src/index.js';
import { calendar, shortDayCalendar } from './helpers.js';

const instant = fc.date({
  min: new Date('2024-01-01T00:00:00+03:00'),
  max: new Date('2028-12-31T23:59:59.999+03:00'),
  noInvalidDate: true,
});
const level = fc.constantFrom(...SUPPORT_LEVELS);
const criticality = fc.constantFrom(...CRITICALITIES);
const cal = fc.constantFrom(calendar, shortDayCalendar);
const serviceSeconds = fc.integer({ min: 1, max: 30 * 86_400 });
const RUNS = { numRuns: 500 };

describe('SLA-1..5: deadline properties', () => {
  it('SLA-2: the deadline is never before arrival', () => {
    fc.assert(
      fc.property(cal, level, criticality, instant, (c, l, k, at) => {
        expect(responseDeadline(c, l, k, at).getTime()).toBeGreaterThanOrEqual(at.getTime());
      }),
      RUNS,
    );
  });

  it('SLA-4: deadlines are monotone non-decreasing in arrival', () => {
    fc.assert(
      fc.property(cal, level, criticality, instant, instant, (c, l, k, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(responseDeadline(c, l, k, a).getTime()).toBeLessThanOrEqual(responseDeadline(c, l, k, b).getTime());
      }),
      RUNS,
    );
  });

  it('SLA-4: BASIC deadlines lie in (opening, closing] of a working day', () => {
    fc.assert(
      fc.property(cal, criticality, instant, (c, k, at) => {
        const due = responseDeadline(c, 'BASIC', k, at);
        const day = moscowDateOf(due);
        expect(c.isWorkingDay(day)).toBe(true);
        const closing = c.isShortened(day) ? 1020 : 1080;
        expect(due.getTime()).toBeGreaterThan(instantAt(day, 540).getTime());
        expect(due.getTime()).toBeLessThanOrEqual(instantAt(day, closing).getTime());
      }),
      RUNS,
    );
  });

  it('SLA-1: EXTENDED deadline is arrival + response time exactly', () => {
    fc.assert(
      fc.property(criticality, instant, (k, at) => {
        const due = responseDeadline(calendar, 'EXTENDED', k, at);
        expect(due.getTime() - at.getTime()).toBe(responseTimeSeconds('EXTENDED', k) * 1000);
      }),
      RUNS,
    );
  });

  it('SLA-1, SLA-4: the service time between arrival and deadline is the response time', () => {
    fc.assert(
      fc.property(cal, level, criticality, instant, (c, l, k, at) => {
        const due = responseDeadline(c, l, k, at);
        expect(scheduleFor(l, c).serviceSecondsBetween(at, due)).toBe(responseTimeSeconds(l, k));
      }),
      RUNS,
    );
  });

  it('SLA-4: adding service time composes: add(a, x + y) = add(add(a, x), y) for x, y > 0', () => {
    // y = 0 is excluded on purpose: add(b, 0) is nextOpening(b), which moves a deadline sitting
    // exactly at 18:00 to the next morning, while add(a, x) legitimately ends at 18:00.
    fc.assert(
      fc.property(cal, level, instant, serviceSeconds, serviceSeconds, (c, l, a, x, y) => {
        const schedule = scheduleFor(l, c);
        const direct = schedule.addServiceTime(a, x + y);
        const stepped = schedule.addServiceTime(schedule.addServiceTime(a, x), y);
        expect(stepped.getTime()).toBe(direct.getTime());
      }),
      RUNS,
    );
  });

  it('SLA-4: serviceSecondsBetween inverts addServiceTime for any duration', () => {
    fc.assert(
      fc.property(cal, level, instant, fc.integer({ min: 0, max: 400 * 86_400 }), (c, l, a, x) => {
        const schedule = scheduleFor(l, c);
        expect(schedule.serviceSecondsBetween(a, schedule.addServiceTime(a, x))).toBe(x);
      }),
      RUNS,
    );
  });

  it('SLA-4: serviceSecondsBetween is additive over a split point', () => {
    fc.assert(
      fc.property(cal, level, instant, instant, instant, (c, l, p, q, r) => {
        const [a, b, d] = [p, q, r].sort((u, v) => u.getTime() - v.getTime()) as [Date, Date, Date];
        const s = scheduleFor(l, c);
        expect(s.serviceSecondsBetween(a, b) + s.serviceSecondsBetween(b, d)).toBeCloseTo(s.serviceSecondsBetween(a, d), 6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('SLA-7: at-risk properties', () => {
  it('SLA-7: atRiskAt lies strictly between arrival and deadline', () => {
    fc.assert(
      fc.property(
        cal,
        level,
        criticality,
        instant,
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (c, l, k, at, share) => {
          const risk = atRiskAt(c, l, k, at, share).getTime();
          expect(risk).toBeGreaterThan(at.getTime());
          expect(risk).toBeLessThan(responseDeadline(c, l, k, at).getTime());
        },
      ),
      RUNS,
    );
  });

  it('SLA-7: slaStateAt flips to AT_RISK exactly at atRiskAt and to BREACHED exactly at the deadline', () => {
    fc.assert(
      fc.property(cal, level, criticality, instant, (c, l, k, receivedAt) => {
        const schedule = scheduleFor(l, c);
        const responseDueAt = responseDeadline(c, l, k, receivedAt);
        const risk = atRiskAt(c, l, k, receivedAt);
        const state = (now: number) =>
          slaStateAt({ schedule, receivedAt, responseDueAt, respondedAt: null, now: new Date(now) }).state;
        expect(state(risk.getTime() - 1)).toBe('ON_TRACK');
        expect(state(risk.getTime())).toBe('AT_RISK');
        expect(state(responseDueAt.getTime() - 1)).toBe('AT_RISK');
        expect(state(responseDueAt.getTime())).toBe('BREACHED');
      }),
      RUNS,
    );
  });
});

describe('SLA-6: queue order properties', () => {
  const key: fc.Arbitrary<QueueOrderKey> = fc.record({
    priority: fc.integer({ min: 1, max: 4 }),
    responseDueAt: fc.integer({ min: 0, max: 5 }).map((n) => new Date(Date.UTC(2026, 1, 12, 9, n))),
    receivedAt: fc.integer({ min: 0, max: 5 }).map((n) => new Date(Date.UTC(2026, 1, 12, 8, n))),
    sequence: fc.integer({ min: 1, max: 6 }),
  });
  const sameKey = (a: QueueOrderKey, b: QueueOrderKey) =>
    a.priority === b.priority &&
    a.responseDueAt.getTime() === b.responseDueAt.getTime() &&
    a.receivedAt.getTime() === b.receivedAt.getTime() &&
    a.sequence === b.sequence;

  it('SLA-6: compareQueueOrder is antisymmetric and zero only for equal keys', () => {
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(Math.sign(compareQueueOrder(a, b))).toBe(-Math.sign(compareQueueOrder(b, a)) || 0);
        expect(compareQueueOrder(a, b) === 0).toBe(sameKey(a, b));
      }),
      { numRuns: 1000 },
    );
  });

  it('SLA-6: compareQueueOrder is transitive', () => {
    fc.assert(
      fc.property(key, key, key, (a, b, c) => {
        if (compareQueueOrder(a, b) <= 0 && compareQueueOrder(b, c) <= 0) {
          expect(compareQueueOrder(a, c)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('SLA-6: sorted queue puts CRITICAL first, then EXTENDED, then earlier deadline, arrival, number', () => {
    const ticket = fc.record({
      criticality,
      level,
      responseDueAt: fc.integer({ min: 0, max: 50 }).map((n) => new Date(Date.UTC(2026, 1, 12, 9, n))),
      receivedAt: fc.integer({ min: 0, max: 50 }).map((n) => new Date(Date.UTC(2026, 1, 12, 8, n))),
      sequence: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(ticket, { maxLength: 30 }), (tickets) => {
        const queue = tickets
          .map((t) => ({ ...t, priority: priorityOf(t.criticality, t.level) }))
          .sort(compareQueueOrder);
        const rank = (t: (typeof queue)[number]) => [
          t.criticality === 'CRITICAL' ? 0 : 1,
          t.level === 'EXTENDED' ? 0 : 1,
          t.responseDueAt.getTime(),
          t.receivedAt.getTime(),
          t.sequence,
        ];
        for (let i = 1; i < queue.length; i += 1) {
          const previous = rank(queue[i - 1] as (typeof queue)[number]);
          const current = rank(queue[i] as (typeof queue)[number]);
          const firstDifference = previous.findIndex((v, j) => v !== current[j]);
          if (firstDifference >= 0) {
            expect(previous[firstDifference] as number).toBeLessThan(current[firstDifference] as number);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
