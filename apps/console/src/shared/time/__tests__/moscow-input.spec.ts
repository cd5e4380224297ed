import { describe, expect, it } from 'vitest';
import { fromMoscowInput, moscowInputValue } from '../moscow-input';

describe('datetime-local inputs in Moscow time', () => {
  it('LVL-2: the expected resolution date is entered in Moscow time, whatever the browser zone', () => {
    expect(fromMoscowInput('2026-02-16T18:00')).toBe('2026-02-16T15:00:00.000Z');
    expect(moscowInputValue('2026-02-16T15:00:00.000Z', 'minute')).toBe('2026-02-16T18:00');
    expect(fromMoscowInput('16.02.2026 18:00')).toBeNull();
    expect(moscowInputValue(null, 'minute')).toBe('');
  });

  it('shows and reads the call start in Moscow time, whatever the browser zone (TZ=Europe/Berlin here)', () => {
    expect(moscowInputValue('2026-02-16T07:05:30.000Z')).toBe('2026-02-16T10:05:30');
    expect(fromMoscowInput('2026-02-16T10:05:30')).toBe('2026-02-16T07:05:30.000Z');
    // Browsers drop the seconds when they are zero.
    expect(fromMoscowInput('2026-02-16T00:10')).toBe('2026-02-15T21:10:00.000Z');
    expect(fromMoscowInput('')).toBeNull();
    expect(fromMoscowInput('16.02.2026 10:05')).toBeNull();
    expect(moscowInputValue('not a date')).toBe('');
  });
});
