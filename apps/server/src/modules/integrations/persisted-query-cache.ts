import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { PersistedOperation } from '../../entities/integrations/persisted-operation.entity.js';
import type { Orm } from '../../infra/database/orm.js';

/** Apollo stores APQ entries under this prefix (PrefixingKeyValueCache) before they reach this cache. */
const APQ_PREFIX = 'apq:';

/**
 * The APQ cache (#18): what clients registered, in this process's memory, and behind it the allow-list —
 * an operation an admin persisted runs by its hash alone on every process, after any restart, without
 * the client registering it first (a pinned integration may send hashes only).
 */
export function persistedQueryCache(orm: Orm, registered: KeyValueCache<string> = new InMemoryLRUCache<string>()): KeyValueCache<string> {
  return {
    async get(key) {
      const cached = await registered.get(key);
      if (cached !== undefined || !key.startsWith(APQ_PREFIX)) return cached;
      const persisted = await orm.em.fork().findOne(PersistedOperation, { sha256: key.slice(APQ_PREFIX.length) }, { fields: ['document'] });
      return persisted?.document;
    },
    set: (key: string, value: string, options?: KeyValueCacheSetOptions) => registered.set(key, value, options),
    delete: (key) => registered.delete(key),
  };
}
