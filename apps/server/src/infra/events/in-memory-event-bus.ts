import { LocalListeners, type DomainEvent, type DomainEventListener, type EventBus } from './domain-events.js';

/** One process, no Redis: events reach this process's listeners only. */
export class InMemoryEventBus implements EventBus {
  private readonly local: LocalListeners;

  constructor(onListenerError: (error: unknown) => void) {
    this.local = new LocalListeners(onListenerError);
  }

  publish(event: DomainEvent): void {
    this.local.deliver(event);
  }

  subscribe(listener: DomainEventListener): () => void {
    return this.local.add(listener);
  }

  async close(): Promise<void> {
    this.local.clear();
  }
}
