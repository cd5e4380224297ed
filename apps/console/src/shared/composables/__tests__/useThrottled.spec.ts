import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, shallowRef } from 'vue';
import { useThrottled } from '../useThrottled';

describe('useThrottled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes the first change at once and folds the next ones into one, the latest, a second later', async () => {
    const scope = effectScope();
    const source = shallowRef(0);
    const throttled = scope.run(() => useThrottled(source, 1000))!;
    source.value = 1;
    await nextTick();
    expect(throttled.value).toBe(1);
    for (const value of [2, 3, 4]) {
      vi.advanceTimersByTime(100);
      source.value = value;
      await nextTick();
    }
    expect(throttled.value).toBe(1);
    vi.advanceTimersByTime(700);
    expect(throttled.value).toBe(4);
    // A change after a quiet second goes through at once again.
    vi.advanceTimersByTime(1000);
    source.value = 5;
    await nextTick();
    expect(throttled.value).toBe(5);
    scope.stop();
  });

  it('drops a pending change when its scope ends', async () => {
    const scope = effectScope();
    const source = shallowRef('a');
    const throttled = scope.run(() => useThrottled(source, 1000))!;
    source.value = 'b';
    await nextTick();
    source.value = 'c';
    await nextTick();
    scope.stop();
    vi.advanceTimersByTime(2000);
    expect(throttled.value).toBe('b');
  });
});
