import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../common/clock.js';
import type { EventBus } from '../infra/events/domain-events.js';
import type { LiveHub } from '../modules/realtime/live-hub.js';
import type { Actor } from '../modules/auth/actor.js';
import type { ActorCache } from '../modules/auth/actor-cache.js';
import type { RateLimiter } from '../modules/auth/rate-limiter.js';
import type { TokenService } from '../modules/auth/token.service.js';
import type { CalendarService } from '../modules/sla/calendar.service.js';

/** Long-lived collaborators built once in the composition root. */
export interface AppServices {
  readonly clock: Clock;
  readonly calendar: CalendarService;
  readonly tokens: TokenService;
  readonly rateLimiter: RateLimiter;
  readonly actorCache: ActorCache;
  readonly atRiskShare: number;
  readonly events: EventBus;
  readonly live: LiveHub;
}

/** What every resolver receives: who is asking, and a unit of work of its own. */
export interface RequestContext {
  readonly actor: Actor | null;
  readonly em: EntityManager;
  readonly app: AppServices;
}
