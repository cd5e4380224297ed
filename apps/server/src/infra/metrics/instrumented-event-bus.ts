import type { DomainEvent, EventBus } from '../events/domain-events.js';
import { inSpan } from '../tracing/spans.js';
import type { DeskMetrics } from './metrics.js';

/**
 * The bus, counting what this process publishes (every event by type, SLA
 * alerts — published once, by their raiser — by kind) and what reaches it
 * (once per event, not per listener: published here or by another process),
 * and tracing each publish as a span of the request or timer that caused it.
 */
export function instrumentedEventBus(bus: EventBus, metrics: DeskMetrics): EventBus {
  bus.subscribe((event) => metrics.eventsDelivered.inc({ type: event.type }));
  return {
    publish(event: DomainEvent) {
      metrics.eventsPublished.inc({ type: event.type });
      if (event.type === 'sla.alert') metrics.alertsRaised.inc({ kind: event.kind });
      inSpan(`event.publish ${event.type}`, () => bus.publish(event));
    },
    subscribe: (listener) => bus.subscribe(listener),
    close: () => bus.close(),
  };
}
