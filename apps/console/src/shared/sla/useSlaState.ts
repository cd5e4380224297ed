import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useClockStore } from '../time/clock';
import { slaDisplayAt, type SlaTicket } from './sla-display';

/** The live SLA state of one ticket, re-evaluated on every tick of the shared clock. */
export function useSlaState(ticket: MaybeRefOrGetter<SlaTicket>) {
  const clock = useClockStore();
  return computed(() => slaDisplayAt(toValue(ticket), clock.now));
}
