import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useClockStore } from '../clock';

describe('clock store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-02-16T06:00:00Z'));
    setActivePinia(createPinia());
  });
  afterEach(() => vi.useRealTimers());

  it('is one shared now that ticks every second', () => {
    const a = useClockStore();
    const b = useClockStore();
    expect(a).toBe(b);
    expect(a.now.toISOString()).toBe('2026-02-16T06:00:00.000Z');
    vi.advanceTimersByTime(1000);
    expect(b.now.toISOString()).toBe('2026-02-16T06:00:01.000Z');
    expect(vi.getTimerCount()).toBe(1);
    a.stop();
    vi.advanceTimersByTime(5000);
    expect(a.now.toISOString()).toBe('2026-02-16T06:00:01.000Z');
  });

  it('#13: runs on the server\'s clock once an answer says what time it is there; network noise does not move it', () => {
    const clock = useClockStore();
    clock.syncWithServer(new Date('2026-02-16T06:00:42.000Z'));
    expect(clock.now.toISOString()).toBe('2026-02-16T06:00:42.000Z');
    vi.advanceTimersByTime(1000);
    expect(clock.now.toISOString()).toBe('2026-02-16T06:00:43.000Z');
    // A later answer 200 ms off is latency, not skew: the countdowns keep their beat.
    clock.syncWithServer(new Date('2026-02-16T06:00:43.200Z'));
    expect(clock.offsetMs).toBe(42_000);
    clock.stop();
  });
});
