import { createHash } from 'node:crypto';
import type { DatabaseConfig } from '../../config.js';
import type { Logger } from '../logger.js';
import type { EventBus } from './domain-events.js';
import { InMemoryEventBus } from './in-memory-event-bus.js';
import { RedisEventBus, type ReconnectListener } from './redis-event-bus.js';

/** REDIS_URL set: events cross processes over Redis; unset: one process, in memory. */
export async function createEventBus(redisUrl: string | null, database: DatabaseConfig, logger: Logger, onReconnect?: ReconnectListener): Promise<EventBus> {
  if (!redisUrl) return new InMemoryEventBus((error) => logger.error('event listener failed', error));
  return RedisEventBus.connect(redisUrl, clusterChannel(database), logger, onReconnect);
}

/**
 * A cluster is the set of processes sharing one database; its events must not
 * reach another cluster's processes on the same Redis (their ticket ids mean
 * other tickets there).
 */
export function clusterChannel(database: DatabaseConfig): string {
  const identity = database.kind === 'postgresql' ? withoutCredentials(database.url) : database.file;
  return `desk:events:${createHash('sha256').update(identity).digest('hex').slice(0, 16)}`;
}

function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port}${parsed.pathname}`;
}
