import type { CopyTopic, EventBus } from './domain-events.js';

/** How long a copy is trusted without a word from the bus (Redis down loses its messages). */
const DEFAULT_TTL_MS = 5_000;

/**
 * A process's copy of settings read by every ticket change (service hours,
 * webhook audiences, #17): read once, kept until any process says they
 * changed. `changed()` is called after the commit that changed them; it drops
 * the copy here at once and in every other process when the bus brings
 * `copy.changed`. A read the copy answers is then as exact as a read of the
 * rows, but for the bus's delay; should the bus lose the message, the copy
 * lives `ttlMs` at most.
 */
export class ClusterCopy<T> {
  private copy: { readonly value: Promise<T>; readonly readAt: number } | null = null;

  constructor(
    private readonly topic: CopyTopic,
    private readonly events: EventBus | undefined,
    private readonly ttlMs = DEFAULT_TTL_MS,
  ) {
    events?.subscribe((event) => {
      if (event.type === 'copy.changed' && event.topic === topic) this.copy = null;
    });
  }

  /** The copy, or `read()`'s answer kept as the copy; a failed read is not kept. */
  get(read: () => Promise<T>): Promise<T> {
    if (this.copy && Date.now() - this.copy.readAt < this.ttlMs) return this.copy.value;
    const copy = { value: read(), readAt: Date.now() };
    this.copy = copy;
    copy.value.catch(() => {
      if (this.copy === copy) this.copy = null;
    });
    return copy.value;
  }

  /** After the commit that changed what the copy holds. */
  changed(): void {
    this.copy = null;
    this.events?.publish({ type: 'copy.changed', topic: this.topic });
  }
}
