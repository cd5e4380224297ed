import { describe, expect, it } from 'vitest';
import { formatBytes, isoToMoscowLocal, moscowLocalToIso } from '../ticket-format';

describe('ticket formatting', () => {
  it('LVL-2: the expected resolution date is entered in Moscow time, whatever the browser zone', () => {
    expect(moscowLocalToIso('2026-02-16T18:00')).toBe('2026-02-16T15:00:00.000Z');
    expect(isoToMoscowLocal('2026-02-16T15:00:00.000Z')).toBe('2026-02-16T18:00');
    expect(moscowLocalToIso('16.02.2026 18:00')).toBeNull();
    expect(isoToMoscowLocal(null)).toBe('');
  });

  it('sizes files as people read them', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5 GB');
  });
});
