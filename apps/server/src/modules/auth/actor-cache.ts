import type { Actor } from '../../graphql/actor.js';

/**
 * Sign-in tokens seen in the last few seconds and who they belong to: spares
 * the user lookup on every request of a busy console or integration. A
 * deactivated user or a changed partner relationship takes effect within
 * `ttlMs`.
 */
export class ActorCache {
  private readonly entries = new Map<string, { actor: Actor; expiresAt: number }>();

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

  set(token: string, actor: Actor, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(token, { actor, expiresAt: now + this.ttlMs });
  }
}
