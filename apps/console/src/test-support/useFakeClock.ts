import { afterEach, beforeEach, vi } from 'vitest';
import { useClockStore } from '@/shared/time/clock';

/**
 * Every test of the calling `describe` starts at `now` with an empty
 * localStorage; timers are faked but keep advancing (Apollo and the router
 * wait on them), and the clock store stops ticking after each test.
 */
export function useFakeClock(now: Date): void {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    useClockStore().stop();
    vi.useRealTimers();
  });
}
