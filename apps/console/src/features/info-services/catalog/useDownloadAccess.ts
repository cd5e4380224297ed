import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { isPortalRole } from '@/shared/auth/roles';
import { useSessionStore } from '@/stores/session';
import { moscowToday } from '@/shared/time/time-format';
import { downloadAccess, type DownloadAccess } from './download-access';
import { useSupportContractsQuery } from './graphql/supportContracts.api';

/** The server's download decision for a product, with the customer's contracts to say why. */
export function useDownloadAccess(product: MaybeRefOrGetter<{ id: string; downloadsAvailable: boolean } | null>) {
  const session = useSessionStore();
  const customer = computed(() => isPortalRole(session.user?.role));
  const { result, error } = useSupportContractsQuery(() => ({ enabled: customer.value, fetchPolicy: 'cache-first' }));
  return computed<DownloadAccess | null>(() => {
    const current = toValue(product);
    if (!current) return null;
    return downloadAccess({
      productId: current.id,
      downloadsAvailable: current.downloadsAvailable,
      isStaff: session.isStaff,
      contracts: error.value ? null : (result.value?.contracts ?? (customer.value ? null : [])),
      today: moscowToday(),
    });
  });
}
