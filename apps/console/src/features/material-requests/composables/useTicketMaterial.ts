import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useTicketMaterialQuery } from '../graphql/ticketMaterial.api';
import { useTicketMaterialUpdatedSubscription } from '../graphql/ticketMaterialUpdated.api';

/**
 * A ticket's material requests (#19), live: every change of the ticket brings
 * them again through `ticketUpdated`, and each mutation answers with them, so
 * the staff card, the portal card and the TKT-8 summary read one cache entry.
 */
export function useTicketMaterial(ticketId: MaybeRefOrGetter<string>) {
  const { result, loading } = useTicketMaterialQuery(() => ({ id: toValue(ticketId) }), { fetchPolicy: 'cache-and-network' });
  useTicketMaterialUpdatedSubscription(() => ({ id: toValue(ticketId) }));
  const requests = computed(() => result.value?.ticket?.materialRequests ?? []);
  const open = computed(() => requests.value.filter((request) => request.status === 'OPEN'));
  return { requests, open, loading };
}
