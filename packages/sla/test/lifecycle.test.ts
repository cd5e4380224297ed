import { describe, expect, it } from 'vitest';
import {
  PHONE_EXTENSIONS,
  TICKET_CATEGORIES,
  autoCloseAt,
  canBeCritical,
  formatMoscow,
} from '../src/index.js';
import { calendar, msk } from './helpers.js';

describe('TKT-1: categories', () => {
  it('TKT-1: lists the eight services of section 3.1', () => {
    expect(TICKET_CATEGORIES).toEqual([
      'INCIDENT',
      'FUNCTIONALITY_QUESTION',
      'INSTALLATION_CONFIGURATION',
      'UPDATE_REQUEST',
      'CERTIFICATE_INFO',
      'DOCUMENTATION_REQUEST',
      'FEATURE_REQUEST',
      'COMMERCIAL_QUESTION',
    ]);
  });

  it.each(TICKET_CATEGORIES.map((c) => [c, c === 'INCIDENT'] as const))('TKT-1: %s can be CRITICAL: %s', (category, can) => {
    expect(canBeCritical(category)).toBe(can);
  });
});

describe('TKT-3: auto-close after 10 full working days', () => {
  it('TKT-3: ends at 24:00 of the 10th working day after the waiting day', () => {
    // Waiting since Friday 6 March 2026; Monday 9 March is off, so the 10 days are 10–13, 16–20, 23.
    expect(formatMoscow(autoCloseAt(calendar, msk('2026-03-06T15:00')))).toBe('2026-03-24T00:00:00+03:00');
  });

  it('TKT-3: the time of day within the waiting day does not matter', () => {
    expect(autoCloseAt(calendar, msk('2026-03-06T00:00'))).toEqual(autoCloseAt(calendar, msk('2026-03-06T23:59:59.999')));
  });

  it('TKT-3: the New Year holidays do not count', () => {
    // Working days after 2025-12-26: Dec 29, 30, then Jan 12–16, 19–21 → 10th is 21 January.
    expect(formatMoscow(autoCloseAt(calendar, msk('2025-12-26T12:00')))).toBe('2026-01-22T00:00:00+03:00');
  });

  it('TKT-3: a wait that starts on a day off counts from the next working day', () => {
    expect(formatMoscow(autoCloseAt(calendar, msk('2026-02-14T12:00'), 1))).toBe('2026-02-17T00:00:00+03:00');
    expect(() => autoCloseAt(calendar, msk('2026-02-14T12:00'), 0)).toThrow(RangeError);
  });
});

describe('LVL-4: phone extensions', () => {
  it('LVL-4: BASIC and EXTENDED lines', () => {
    expect(PHONE_EXTENSIONS.BASIC).toEqual(['231', '267', '260', '386', '353', '225', '7728']);
    expect(PHONE_EXTENSIONS.EXTENDED).toEqual(['384', '385', '301', '289']);
    expect(Object.isFrozen(PHONE_EXTENSIONS.BASIC)).toBe(true);
  });
});
