import { onScopeDispose, shallowRef, watch, type Ref } from 'vue';

/**
 * `source`, at most once per `intervalMs`: the first change after a quiet
 * interval goes through at once, changes within it are folded into one at
 * its end (the latest value). For what may lag a live stream by a moment but
 * is too dear to recompute on every event (the queue's filter options).
 */
export function useThrottled<T>(source: Readonly<Ref<T>>, intervalMs: number): Readonly<Ref<T>> {
  const throttled = shallowRef(source.value);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastAt = Number.NEGATIVE_INFINITY;

  function pass(): void {
    lastAt = Date.now();
    throttled.value = source.value;
  }

  watch(source, () => {
    if (timer !== null) return;
    const wait = lastAt + intervalMs - Date.now();
    if (wait <= 0) pass();
    else
      timer = setTimeout(() => {
        timer = null;
        pass();
      }, wait);
  });
  onScopeDispose(() => {
    if (timer !== null) clearTimeout(timer);
  });
  return throttled;
}
