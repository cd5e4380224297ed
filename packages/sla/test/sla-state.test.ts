import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN,
  businessHours,
  formatMoscow,
  responseDeadline,
  slaOutcome,
  slaStateAt,
} from '../src/index.js';
import { calendar, msk } from './helpers.js';

const basic = businessHours(calendar);
// BASIC NON_CRITICAL received Thursday 17:30: 30 min left today, due Friday 09:30, at risk Friday 09:15.
const receivedAt = msk('2026-02-12T17:30');
const responseDueAt = responseDeadline(calendar, 'BASIC', 'NON_CRITICAL', receivedAt);

const at = (now: string, respondedAt: string | null = null, atRiskShare?: number) =>
  slaStateAt({
    schedule: basic,
    receivedAt,
    responseDueAt,
    respondedAt: respondedAt ? msk(respondedAt) : null,
    now: msk(now),
    atRiskShare,
  });

describe('SLA-7: live SLA state', () => {
  it('SLA-7: ON_TRACK while less than 75% of service time is used', () => {
    expect(formatMoscow(responseDueAt)).toBe('2026-02-13T09:30:00+03:00');
    expect(at('2026-02-12T17:45')).toEqual({
      state: 'ON_TRACK',
      elapsedSeconds: 900,
      remainingSeconds: 2700,
      usedShare: 0.25,
      paused: false,
      resumesAt: null,
    });
  });

  it('SLA-7: paused outside BASIC service hours, resuming at the next opening', () => {
    const night = at('2026-02-12T23:00');
    expect(night.state).toBe('ON_TRACK');
    expect(night.paused).toBe(true);
    expect(night.elapsedSeconds).toBe(1800);
    expect(night.remainingSeconds).toBe(1800);
    expect(formatMoscow(night.resumesAt as Date)).toBe('2026-02-13T09:00:00+03:00');
  });

  it('SLA-7: AT_RISK exactly when 75% is used, configurable share', () => {
    expect(at('2026-02-13T09:14:59.999').state).toBe('ON_TRACK');
    expect(at('2026-02-13T09:15')).toMatchObject({ state: 'AT_RISK', usedShare: 0.75, remainingSeconds: 900 });
    expect(at('2026-02-12T17:45', null, 0.25).state).toBe('AT_RISK');
    expect(at('2026-02-12T17:44:59', null, 0.25).state).toBe('ON_TRACK');
  });

  it('SLA-7: BREACHED at the deadline when not reacted to, with overrun visible in usedShare', () => {
    expect(at('2026-02-13T09:29:59.999').state).toBe('AT_RISK');
    expect(at('2026-02-13T09:30')).toMatchObject({ state: 'BREACHED', remainingSeconds: 0, usedShare: 1 });
    expect(at('2026-02-13T10:00')).toMatchObject({ state: 'BREACHED', elapsedSeconds: 5400, usedShare: 1.5 });
  });

  it('SLA-7: a breached ticket is still reported as paused overnight', () => {
    expect(at('2026-02-13T20:00')).toMatchObject({ state: 'BREACHED', paused: true });
  });

  it('SLA-9: MET when reacted by the deadline; the clock stops at respondedAt', () => {
    const met = at('2026-02-16T12:00', '2026-02-13T09:10');
    expect(met).toEqual({
      state: 'MET',
      elapsedSeconds: 2400,
      remainingSeconds: 1200,
      usedShare: 2400 / 3600,
      paused: false,
      resumesAt: null,
    });
    expect(at('2026-02-13T09:30', '2026-02-13T09:30').state).toBe('MET');
  });

  it('SLA-9: BREACHED when reacted after the deadline, even if reacted', () => {
    expect(at('2026-02-13T12:00', '2026-02-13T09:30:00.001').state).toBe('BREACHED');
  });

  it('SLA-7: EXTENDED is never paused', () => {
    const received = msk('2026-02-14T03:00');
    const snapshot = slaStateAt({
      schedule: ALWAYS_OPEN,
      receivedAt: received,
      responseDueAt: responseDeadline(calendar, 'EXTENDED', 'CRITICAL', received),
      respondedAt: null,
      now: msk('2026-02-14T03:16'),
    });
    expect(snapshot).toEqual({
      state: 'AT_RISK',
      elapsedSeconds: 960,
      remainingSeconds: 240,
      usedShare: 0.8,
      paused: false,
      resumesAt: null,
    });
  });

  it('SLA-7: an invalid share is rejected', () => {
    expect(() => at('2026-02-12T17:45', null, 1)).toThrow(RangeError);
  });
});

describe('SLA-9: outcome', () => {
  it('SLA-9: MET up to and including the deadline, BREACHED after', () => {
    const dueAt = msk('2026-02-13T09:30');
    expect(slaOutcome(dueAt, msk('2026-02-13T09:29'))).toBe('MET');
    expect(slaOutcome(dueAt, msk('2026-02-13T09:30'))).toBe('MET');
    expect(slaOutcome(dueAt, msk('2026-02-13T09:30:00.001'))).toBe('BREACHED');
  });
});
