import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AT_RISK_SHARE,
  atRiskAt,
  compareQueueOrder,
  formatMoscow,
  priorityOf,
  resolveAtRiskShare,
  responseDeadline,
  responseTimeSeconds,
  type Criticality,
  type SupportLevel,
} from '../src/index.js';
import { calendar, msk, shortDayCalendar } from './helpers.js';

const due = (level: SupportLevel, criticality: Criticality, received: Date) =>
  formatMoscow(responseDeadline(calendar, level, criticality, received));

describe('SLA-1: guaranteed response times', () => {
  it.each<[SupportLevel, Criticality, number]>([
    ['BASIC', 'NON_CRITICAL', 3600],
    ['BASIC', 'CRITICAL', 1800],
    ['EXTENDED', 'NON_CRITICAL', 2700],
    ['EXTENDED', 'CRITICAL', 1200],
  ])('SLA-1: %s %s responds within %i s', (level, criticality, seconds) => {
    expect(responseTimeSeconds(level, criticality)).toBe(seconds);
  });

  it('SLA-1: unknown values are rejected rather than yielding undefined deadlines', () => {
    expect(() => responseTimeSeconds('GOLD' as SupportLevel, 'CRITICAL')).toThrow(RangeError);
  });
});

describe('SLA-4: BASIC deadlines count service hours only', () => {
  it('SLA-4: Friday 17:50 CRITICAL BASIC is due Monday 09:20', () => {
    expect(due('BASIC', 'CRITICAL', msk('2026-02-13T17:50'))).toBe('2026-02-16T09:20:00+03:00');
  });

  it('SLA-4, SLA-5: Friday 2026-03-06 17:50 given in UTC is due Tuesday 09:20 (Monday 9 March is off)', () => {
    expect(due('BASIC', 'CRITICAL', new Date('2026-03-06T14:50:00Z'))).toBe('2026-03-10T09:20:00+03:00');
  });

  it.each<[string, Criticality, string, string]>([
    ['received exactly at 09:00', 'CRITICAL', '2026-02-12T09:00', '2026-02-12T09:30:00+03:00'],
    ['received 17:00, due exactly at 18:00 the same day', 'NON_CRITICAL', '2026-02-12T17:00', '2026-02-12T18:00:00+03:00'],
    ['received 17:30, due exactly at 18:00 the same day', 'CRITICAL', '2026-02-12T17:30', '2026-02-12T18:00:00+03:00'],
    ['received 17:59:59', 'CRITICAL', '2026-02-12T17:59:59', '2026-02-13T09:29:59+03:00'],
    ['received exactly at 18:00', 'NON_CRITICAL', '2026-02-12T18:00', '2026-02-13T10:00:00+03:00'],
    ['received overnight', 'NON_CRITICAL', '2026-02-12T23:10', '2026-02-13T10:00:00+03:00'],
    ['received before opening', 'CRITICAL', '2026-02-12T08:59:59.999', '2026-02-12T09:30:00+03:00'],
    ['received on a Saturday', 'CRITICAL', '2026-02-14T11:00', '2026-02-16T09:30:00+03:00'],
    ['received on a Sunday night', 'NON_CRITICAL', '2026-02-15T23:59', '2026-02-16T10:00:00+03:00'],
    ['received on a holiday (23 February)', 'CRITICAL', '2026-02-23T10:00', '2026-02-24T09:30:00+03:00'],
    ['received on the working Saturday 2025-11-01', 'NON_CRITICAL', '2025-11-01T17:30', '2025-11-05T09:30:00+03:00'],
    ['received across the New Year holidays', 'NON_CRITICAL', '2025-12-30T17:45', '2026-01-12T09:45:00+03:00'],
    ['received on 31 December 2025 (a day off)', 'CRITICAL', '2025-12-31T12:00', '2026-01-12T09:30:00+03:00'],
  ])('SLA-4: BASIC %s (%s)', (_, criticality, received, expected) => {
    expect(due('BASIC', criticality, msk(received))).toBe(expected);
  });

  it('SLA-2: sub-second arrival times are kept, not truncated', () => {
    expect(responseDeadline(calendar, 'BASIC', 'NON_CRITICAL', msk('2026-02-12T10:00:00.123')).toISOString()).toBe(
      '2026-02-12T08:00:00.123Z',
    );
    expect(formatMoscow(responseDeadline(calendar, 'BASIC', 'NON_CRITICAL', msk('2026-02-12T17:30:00.500')))).toBe(
      '2026-02-13T09:30:00.500+03:00',
    );
  });

  it('SLA-2: the instant matters, not the offset it was written with', () => {
    const a = responseDeadline(calendar, 'BASIC', 'CRITICAL', new Date('2026-02-13T17:50:00+03:00'));
    const b = responseDeadline(calendar, 'BASIC', 'CRITICAL', new Date('2026-02-13T19:50:00+05:00'));
    const c = responseDeadline(calendar, 'BASIC', 'CRITICAL', new Date('2026-02-13T14:50:00Z'));
    expect(a).toEqual(b);
    expect(a).toEqual(c);
  });

  it('SLA-5: with art. 95 enabled a BASIC deadline respects the 17:00 close', () => {
    expect(formatMoscow(responseDeadline(shortDayCalendar, 'BASIC', 'CRITICAL', msk('2026-11-03T16:50')))).toBe(
      '2026-11-05T09:20:00+03:00',
    );
    expect(due('BASIC', 'CRITICAL', msk('2026-11-03T16:50'))).toBe('2026-11-03T17:20:00+03:00');
  });
});

describe('LVL-2, SLA-1: EXTENDED deadlines are 24x7', () => {
  it.each<[Criticality, string, string]>([
    ['CRITICAL', '2026-01-03T23:50', '2026-01-04T00:10:00+03:00'],
    ['NON_CRITICAL', '2026-02-13T17:50', '2026-02-13T18:35:00+03:00'],
    ['NON_CRITICAL', '2025-12-31T23:30', '2026-01-01T00:15:00+03:00'],
  ])('SLA-1: EXTENDED %s received %s is due %s', (criticality, received, expected) => {
    expect(due('EXTENDED', criticality, msk(received))).toBe(expected);
  });

  it('SLA-1: EXTENDED deadline is arrival + duration exactly, to the millisecond', () => {
    const received = new Date('2026-05-09T03:07:11.987Z');
    expect(responseDeadline(calendar, 'EXTENDED', 'CRITICAL', received).getTime()).toBe(received.getTime() + 1_200_000);
  });
});

describe('SLA-7: at-risk instant', () => {
  it('SLA-7: the default share is 75%', () => {
    expect(DEFAULT_AT_RISK_SHARE).toBe(0.75);
    expect(resolveAtRiskShare()).toBe(0.75);
  });

  it('SLA-7: BASIC counts the share in service time (45 of 60 minutes, across the night)', () => {
    expect(formatMoscow(atRiskAt(calendar, 'BASIC', 'NON_CRITICAL', msk('2026-02-12T17:30')))).toBe('2026-02-13T09:15:00+03:00');
    expect(formatMoscow(atRiskAt(calendar, 'BASIC', 'CRITICAL', msk('2026-02-12T10:00'), 0.5))).toBe('2026-02-12T10:15:00+03:00');
  });

  it('SLA-7: EXTENDED at-risk is 75% of wall-clock response time', () => {
    expect(formatMoscow(atRiskAt(calendar, 'EXTENDED', 'CRITICAL', msk('2026-02-14T03:00')))).toBe('2026-02-14T03:15:00+03:00');
  });

  it.each([0, 1, -0.1, 1.5, Number.NaN])('SLA-7: share %d is rejected', (share) => {
    expect(() => atRiskAt(calendar, 'BASIC', 'CRITICAL', msk('2026-02-12T10:00'), share)).toThrow(RangeError);
    expect(() => resolveAtRiskShare({ atRiskShare: share })).toThrow(RangeError);
  });
});

describe('SLA-6: priority and queue order', () => {
  it.each<[Criticality, SupportLevel, number]>([
    ['CRITICAL', 'EXTENDED', 1],
    ['CRITICAL', 'BASIC', 2],
    ['NON_CRITICAL', 'EXTENDED', 3],
    ['NON_CRITICAL', 'BASIC', 4],
  ])('SLA-6: %s + %s is P%i', (criticality, level, priority) => {
    expect(priorityOf(criticality, level)).toBe(priority);
  });

  const key = (priority: number, dueAt: string, receivedAt: string, sequence: number) => ({
    priority,
    responseDueAt: msk(dueAt),
    receivedAt: msk(receivedAt),
    sequence,
  });

  it('SLA-6: orders by priority, then deadline, then arrival, then ticket number', () => {
    const tickets = [
      key(4, '2026-02-12T10:00', '2026-02-12T09:00', 1),
      key(2, '2026-02-12T12:00', '2026-02-12T11:30', 7),
      key(2, '2026-02-12T11:00', '2026-02-12T10:30', 9),
      key(1, '2026-02-12T13:00', '2026-02-12T12:40', 8),
      key(2, '2026-02-12T11:00', '2026-02-12T10:00', 6),
      key(2, '2026-02-12T11:00', '2026-02-12T10:00', 5),
      key(3, '2026-02-12T09:45', '2026-02-12T09:00', 2),
    ];
    expect([...tickets].sort(compareQueueOrder).map((t) => t.sequence)).toEqual([8, 5, 6, 9, 7, 2, 1]);
  });

  it('SLA-6: a CRITICAL BASIC ticket outranks a NON_CRITICAL EXTENDED one due earlier', () => {
    const criticalBasic = key(priorityOf('CRITICAL', 'BASIC'), '2026-02-12T18:00', '2026-02-12T17:30', 2);
    const extended = key(priorityOf('NON_CRITICAL', 'EXTENDED'), '2026-02-12T10:00', '2026-02-12T09:15', 1);
    expect(compareQueueOrder(criticalBasic, extended)).toBeLessThan(0);
    expect(compareQueueOrder(extended, criticalBasic)).toBeGreaterThan(0);
    expect(compareQueueOrder(extended, { ...extended })).toBe(0);
  });
});
