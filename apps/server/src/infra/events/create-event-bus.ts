import type { Logger } from '../logger.js';
import type { EventBus } from './domain-events.js';
import { InMemoryEventBus } from './in-memory-event-bus.js';
import { RedisEventBus } from './redis-event-bus.js';

/** REDIS_URL set: events cross processes over Redis; unset: one process, in memory. */
export async function createEventBus(redisUrl: string | null, logger: Logger): Promise<EventBus> {
  if (!redisUrl) return new InMemoryEventBus((error) => logger.error('event listener failed', error));
  return RedisEventBus.connect(redisUrl, logger);
}
