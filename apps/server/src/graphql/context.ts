import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../common/clock.js';
import type { EventBus } from '../infra/events/domain-events.js';
import type { Actor } from './actor.js';

/** What every module may count on: the one clock and the event bus. */
export interface CoreServices {
  readonly clock: Clock;
  readonly events: EventBus;
}

/**
 * What every resolver receives: who is asking, a unit of work of its own, and
 * the long-lived services the composition root built once (app/app-services.ts).
 * A module names the services it needs beyond the core ones
 * (`RequestContext<TicketServices>`); the composition root's AppServices
 * must provide every module's, which the type checker holds it to.
 */
export interface RequestContext<Services extends object = object> {
  readonly actor: Actor | null;
  /** The client's address as the trusted proxies report it (TRUSTED_PROXIES): sign-in is throttled per address. */
  readonly clientAddress: string;
  readonly em: EntityManager;
  readonly app: CoreServices & Services;
}
