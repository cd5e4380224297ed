import { createPubSub } from '@graphql-yoga/subscription';
import type { MikroORM } from '@mikro-orm/core';
import type { QueueEventKind } from '../../entities/enums.js';
import { SlaAlert } from '../../entities/sla-alert.entity.js';
import { Ticket } from '../../entities/ticket.entity.js';
import type { DomainEvent, EventBus } from '../../infra/events/domain-events.js';
import type { Logger } from '../../infra/logger.js';

export interface QueueEventPayload {
  version: number;
  kind: QueueEventKind;
  ticket: Ticket;
  position: number | null;
  previousPosition: number | null;
}

export type LiveTopics = {
  QUEUE_CHANGED: [QueueEventPayload];
  SLA_ALERT: [SlaAlert];
  TICKET_UPDATED: [ticketId: string, ticket: Ticket];
};

export type LivePubSub = ReturnType<typeof createPubSub<LiveTopics>>;

const TICKET_GRAPH = ['organization', 'assignee', 'contact'] as const;

/**
 * Turns domain events from the bus into GraphQL subscription payloads for this
 * process: the ticket is read once per event, not once per subscriber, and
 * events are handled one after another so subscribers see them in bus order.
 */
export class LiveHub {
  readonly pubSub: LivePubSub = createPubSub<LiveTopics>();
  private chain: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly orm: MikroORM,
    bus: EventBus,
    private readonly logger: Logger,
  ) {
    this.unsubscribe = bus.subscribe((event) => {
      this.chain = this.chain.then(() => this.handle(event)).catch((error: unknown) => logger.error('live event failed', error));
    });
  }

  /** Resolves when every event received so far has reached the subscribers. */
  drained(): Promise<void> {
    return this.chain;
  }

  close(): void {
    this.unsubscribe();
  }

  private async handle(event: DomainEvent): Promise<void> {
    const em = this.orm.em.fork();
    if (event.type === 'ticket.changed') {
      const ticket = await em.findOne(Ticket, event.ticketId, { populate: TICKET_GRAPH });
      if (!ticket) return;
      if (event.queue) this.pubSub.publish('QUEUE_CHANGED', { ...event.queue, ticket });
      this.pubSub.publish('TICKET_UPDATED', String(ticket.id), ticket);
      return;
    }
    const alert = await em.findOne(SlaAlert, event.alertId, { populate: TICKET_GRAPH.map((p) => `ticket.${p}` as const) });
    if (alert) this.pubSub.publish('SLA_ALERT', alert);
    else this.logger.error('alert event for a missing alert', event);
  }
}
