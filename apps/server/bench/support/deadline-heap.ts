/** One armed deadline of the baseline: a ticket id and its instant (ms). */
export interface HeapEntry {
  readonly id: number;
  readonly at: number;
}

/**
 * A binary min-heap on `at`: what a scheduler that keeps every open deadline
 * in memory (one entry each, the nearest on top) has to build at start.
 */
export class DeadlineHeap {
  private readonly items: HeapEntry[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): HeapEntry | undefined {
    return this.items[0];
  }

  push(entry: HeapEntry): void {
    const items = this.items;
    items.push(entry);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (items[parent]!.at <= entry.at) break;
      items[child] = items[parent]!;
      child = parent;
    }
    items[child] = entry;
  }
}
