import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, businessHours, formatMoscow, inQuietHours, offAppDeliveryAt, type QuietHours } from '../src/index.js';
import { calendar, msk } from './helpers.js';

const basic = businessHours(calendar);
const night: QuietHours = { fromMinute: 22 * 60, untilMinute: 7 * 60 };

const at = (now: string, options: { level?: 'BASIC' | 'EXTENDED'; critical?: boolean; breach?: boolean; quiet?: QuietHours | null } = {}) =>
  formatMoscow(
    offAppDeliveryAt({
      schedule: options.level === 'EXTENDED' ? ALWAYS_OPEN : basic,
      supportLevel: options.level ?? 'BASIC',
      criticality: options.critical ? 'CRITICAL' : 'NON_CRITICAL',
      breach: options.breach ?? false,
      quietHours: options.quiet ?? null,
      now: msk(now),
    }),
  );

describe('#13 / LVL-2: when a staff alert may leave the console', () => {
  it('LVL-2: a BASIC breach at 19:00 Friday waits for 09:00 Monday', () => {
    expect(at('2026-03-13T19:00', { breach: true, critical: true })).toBe('2026-03-16T09:00:00+03:00');
  });

  it('LVL-2: inside BASIC service hours it goes at once', () => {
    expect(at('2026-03-13T11:15')).toBe('2026-03-13T11:15:00+03:00');
  });

  it('SLA-5: a BASIC alert on the eve of the May holidays waits past them', () => {
    expect(at('2026-04-30T18:30')).toBe('2026-05-04T09:00:00+03:00');
  });

  it('LVL-2: EXTENDED alerts go at once, 24×7', () => {
    expect(at('2026-03-14T03:10', { level: 'EXTENDED' })).toBe('2026-03-14T03:10:00+03:00');
  });

  it('quiet hours hold an EXTENDED alert until they end, across midnight', () => {
    expect(at('2026-03-14T23:30', { level: 'EXTENDED', quiet: night })).toBe('2026-03-15T07:00:00+03:00');
    expect(at('2026-03-14T06:59', { level: 'EXTENDED', quiet: night })).toBe('2026-03-14T07:00:00+03:00');
  });

  it('a BREACHED alert on an EXTENDED CRITICAL ticket always goes through, quiet hours or not', () => {
    expect(at('2026-03-14T23:30', { level: 'EXTENDED', critical: true, breach: true, quiet: night })).toBe('2026-03-14T23:30:00+03:00');
    // Not for AT_RISK, nor for a NON_CRITICAL breach.
    expect(at('2026-03-14T23:30', { level: 'EXTENDED', critical: true, quiet: night })).toBe('2026-03-15T07:00:00+03:00');
    expect(at('2026-03-14T23:30', { level: 'EXTENDED', breach: true, quiet: night })).toBe('2026-03-15T07:00:00+03:00');
  });

  it('BASIC and quiet hours together: the first open minute outside the quiet hours', () => {
    expect(at('2026-03-13T08:00', { quiet: { fromMinute: 0, untilMinute: 10 * 60 } })).toBe('2026-03-13T10:00:00+03:00');
    // Quiet all of the service hours: the service hours win rather than the alert never going.
    expect(at('2026-03-13T19:00', { quiet: { fromMinute: 8 * 60, untilMinute: 20 * 60 } })).toBe('2026-03-16T09:00:00+03:00');
  });

  it('property: the moment is never earlier than now, BASIC ones fall in service hours, and outside quiet hours when any slot allows', () => {
    const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 20) }).map((ms) => new Date(ms));
    const quiet = fc.option(fc.record({ fromMinute: fc.integer({ min: 0, max: 1439 }), untilMinute: fc.integer({ min: 0, max: 1439 }) }), { nil: null });
    fc.assert(
      fc.property(instant, fc.constantFrom('BASIC', 'EXTENDED' as const), fc.boolean(), fc.boolean(), quiet, (now, level, critical, breach, quietHours) => {
        const sendAt = offAppDeliveryAt({
          schedule: level === 'BASIC' ? basic : ALWAYS_OPEN,
          supportLevel: level,
          criticality: critical ? 'CRITICAL' : 'NON_CRITICAL',
          breach,
          quietHours,
          now,
        });
        expect(sendAt.getTime()).toBeGreaterThanOrEqual(now.getTime());
        if (breach && critical && level === 'EXTENDED') {
          expect(sendAt.getTime()).toBe(now.getTime());
          return;
        }
        if (level === 'BASIC') expect(basic.isOpen(sendAt)).toBe(true);
        const quietCoversService = quietHours && quietHours.fromMinute <= 9 * 60 && quietHours.untilMinute >= 18 * 60 && quietHours.fromMinute < quietHours.untilMinute;
        if (quietHours && !quietCoversService && level === 'EXTENDED') expect(inQuietHours(quietHours, sendAt)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
