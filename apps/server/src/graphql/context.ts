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
 * Where a request came from: the client's address as the trusted proxies report it (TRUSTED_PROXIES) — sign-in
 * is throttled per address (#15) — and the User-Agent; both go into the audit log (#12).
 */
export interface RequestOrigin {
  readonly ip: string | null;
  readonly userAgent: string | null;
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
  readonly em: EntityManager;
  readonly origin: RequestOrigin;
  readonly app: CoreServices & Services;
}
