import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** `source`, settled: changes reach the result only after `delayMs` without another change (search as you type). */
export function useDebounced<T>(source: Ref<T>, delayMs = 300): Ref<T> {
  const settled = ref(source.value) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | null = null;
  watch(source, (value) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      settled.value = value;
    }, delayMs);
  });
  onScopeDispose(() => {
    if (timer) clearTimeout(timer);
  });
  return settled;
}
