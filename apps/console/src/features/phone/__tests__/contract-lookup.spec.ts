import { describe, expect, it } from 'vitest';
import { entitlementOn, exactMatch, isLookupable, lookupState } from '../contract-lookup';
import { expiredContract, phoneContract } from './phone-fixtures';

describe('contract lookup', () => {
  it('ID-2: support counts on the Moscow day the call started, not the browser’s day', () => {
    const contract = phoneContract({ validFrom: '2026-01-01', validUntil: '2026-02-16' });
    // 16 Feb 23:30 Moscow is still the 16th: in force.
    expect(entitlementOn(contract, '2026-02-16T20:30:00Z')).toBe('ACTIVE');
    // 17 Feb 00:30 Moscow (16 Feb 22:30 in Berlin): expired.
    expect(entitlementOn(contract, '2026-02-16T21:30:00Z')).toBe('EXPIRED');
    expect(entitlementOn(contract, '2025-12-31T20:59:00Z')).toBe('NOT_STARTED');
    expect(entitlementOn(expiredContract(), '2026-02-16T07:00:00Z')).toBe('EXPIRED');
  });

  it('matches the dictated identifier ignoring case and spaces, like the server', () => {
    const contracts = [phoneContract({ identifier: 'DL-EXT-0001' }), phoneContract({ id: 'c3', identifier: 'DL-EXT-00012' })];
    expect(exactMatch(contracts, ' dl-ext- 0001 ')?.identifier).toBe('DL-EXT-0001');
    expect(exactMatch(contracts, 'DL-EXT')).toBeNull();
    expect(exactMatch(contracts, '')).toBeNull();
    expect(isLookupable('d l')).toBe(false);
    expect(isLookupable('DL-')).toBe(true);
  });

  it('says whether the lookup is idle, on its way, found one, has candidates or knows no such contract', () => {
    const contracts = [phoneContract()];
    const base = { loading: false, failed: false, contracts };
    expect(lookupState({ ...base, typed: 'DL', settled: 'DL' })).toBe('idle');
    expect(lookupState({ ...base, typed: 'DL-EXT-0001', settled: 'DL-EXT' })).toBe('searching');
    expect(lookupState({ ...base, typed: 'DL-EXT-0001', settled: 'DL-EXT-0001', loading: true })).toBe('searching');
    expect(lookupState({ ...base, typed: 'dl-ext-0001', settled: 'DL-EXT-0001' })).toBe('found');
    expect(lookupState({ ...base, typed: 'DL-EXT', settled: 'DL-EXT' })).toBe('candidates');
    expect(lookupState({ ...base, typed: 'XX-404', settled: 'XX-404', contracts: [] })).toBe('unknown');
    expect(lookupState({ ...base, typed: 'XX-404', settled: 'XX-404', contracts: [], failed: true })).toBe('failed');
  });
});
