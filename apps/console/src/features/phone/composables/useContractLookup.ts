import { computed, onScopeDispose, ref, watch, type Ref } from 'vue';
import { normalizeIdentifier } from '@desk/sla';
import { exactMatch, isLookupable, LOOKUP_DEBOUNCE_MS, lookupState } from '../contract-lookup';
import { usePhoneContractsQuery } from '../graphql/phoneContracts.api';

/**
 * Looks up what the caller dictates as the agent types it: once typing pauses
 * (debounced), `contracts(identifier:)` lists the contracts starting with it.
 */
export function useContractLookup(identifier: Ref<string>, delayMs = LOOKUP_DEBOUNCE_MS) {
  const settled = ref(identifier.value);
  let timer: ReturnType<typeof setTimeout> | null = null;

  watch(identifier, (value) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      settled.value = value;
    }, delayMs);
  });
  onScopeDispose(() => {
    if (timer !== null) clearTimeout(timer);
  });

  const { result, loading, error } = usePhoneContractsQuery(
    () => ({ identifier: normalizeIdentifier(settled.value) }),
    () => ({ enabled: isLookupable(settled.value) }),
  );

  const contracts = computed(() => (isLookupable(settled.value) ? (result.value?.contracts ?? []) : []));
  const state = computed(() =>
    lookupState({ typed: identifier.value, settled: settled.value, loading: loading.value, failed: Boolean(error.value), contracts: contracts.value }),
  );
  /** The contract with exactly the typed identifier, once the lookup has answered. */
  const exact = computed(() => (state.value === 'found' ? exactMatch(contracts.value, identifier.value) : null));

  return { contracts, state, exact };
}
