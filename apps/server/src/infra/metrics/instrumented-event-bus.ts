import type { DomainEvent, EventBus } from '../events/domain-events.js';
import type { DeskMetrics } from './metrics.js';

/** The bus, counting what this process publishes: every event by type, and SLA alerts (published once, by their raiser) by kind. */
export function instrumentedEventBus(bus: EventBus, metrics: DeskMetrics): EventBus {
  return {
    publish(event: DomainEvent) {
      metrics.eventsPublished.inc({ type: event.type });
      if (event.type === 'sla.alert') metrics.alertsRaised.inc({ kind: event.kind });
      bus.publish(event);
    },
    subscribe: (listener) => bus.subscribe(listener),
    close: () => bus.close(),
  };
}
