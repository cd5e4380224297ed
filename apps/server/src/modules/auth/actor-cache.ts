import type { Actor } from '../../graphql/actor.js';

/**
 * Sign-in tokens seen in the last few seconds and who they belong to: spares
 * the user lookup on every request of a busy console or integration. Access
 * changes (deactivation, role change, new password) evict the user's entries
 * at once in every process (`access.revoked` on the event bus, AccessWatch);
 * `ttlMs` only bounds how long a partner's served customers may be stale.
 */
export class ActorCache {
  private readonly entries = new Map<string, { actor: Actor; expiresAt: number }>();
  private evictions = 0;

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(token: string, now = Date.now()): Actor | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (entry.expiresAt <= now) {
      this.entries.delete(token);
      return null;
    }
    return entry.actor;
  }

  /** Taken before reading the user: a `set` after an eviction that happened meanwhile is dropped (it may be stale). */
  get revision(): number {
    return this.evictions;
  }

  set(token: string, actor: Actor, readAtRevision: number, now = Date.now()): void {
    if (readAtRevision !== this.evictions) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(token, { actor, expiresAt: now + this.ttlMs });
  }

  evictUser(userId: number): void {
    this.evictions += 1;
    for (const [token, entry] of this.entries) if (entry.actor.userId === userId) this.entries.delete(token);
  }
}
