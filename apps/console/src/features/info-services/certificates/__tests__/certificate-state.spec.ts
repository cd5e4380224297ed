import { describe, expect, it } from 'vitest';
import { certificateState, coversVersion, daysSinceExpiry } from '../certificate-state';

describe('certificate state (SVC-3)', () => {
  it('is EXPIRED once no day of validity is left, even when `active` lags', () => {
    expect(certificateState({ active: false, daysLeft: 0 })).toBe('EXPIRED');
    expect(certificateState({ active: false, daysLeft: -40 })).toBe('EXPIRED');
  });

  it('warns 30 days ahead, like the staff alert', () => {
    expect(certificateState({ active: true, daysLeft: 30 })).toBe('EXPIRING');
    expect(certificateState({ active: true, daysLeft: 1 })).toBe('EXPIRING');
    expect(certificateState({ active: true, daysLeft: 31 })).toBe('ACTIVE');
  });

  it('is NOT_YET_VALID before its first day', () => {
    expect(certificateState({ active: false, daysLeft: 400 })).toBe('NOT_YET_VALID');
  });

  it('counts days since expiry from the server’s daysLeft (which counts today)', () => {
    expect(daysSinceExpiry(0)).toBe(1);
    expect(daysSinceExpiry(-9)).toBe(10);
    expect(daysSinceExpiry(5)).toBe(0);
  });
});

describe('coversVersion', () => {
  it('a build is covered by its version, a version finds its builds, null covers all', () => {
    expect(coversVersion('8.0', '8.0.565')).toBe(true);
    expect(coversVersion('8.0', '8')).toBe(true);
    expect(coversVersion('8.0', '8.0')).toBe(true);
    expect(coversVersion('8.0, 8.1', '8.1.2')).toBe(true);
    expect(coversVersion('8.0', '8.1')).toBe(false);
    expect(coversVersion('8.0', '80')).toBe(false);
    expect(coversVersion(null, '4')).toBe(true);
    expect(coversVersion('4', '  ')).toBe(true);
  });
});
