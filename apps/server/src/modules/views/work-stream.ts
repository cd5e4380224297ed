import type { Actor } from '../../graphql/actor.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { startWith, type TicketChangeBatch } from '../realtime/index.js';
import type { ViewDefinition } from './built-in-views.js';
import { WorkEventKind, type ViewCount, type WorkEvent } from './view-live.types.js';
import { countKey, type ViewWatcher } from './views-live.js';
import { ViewsService } from './views.service.js';
import type { ViewsContext } from './views-services.js';

/**
 * myWork (#13): one stream per user for all of their view counts and the open
 * view's rows. The first event is a SNAPSHOT (first page, counts, the version
 * they reflect); then one event per ticket change, numbered by the cluster-wide
 * change version — a gap means something was missed, as with queueChanged.
 */
export async function openWorkStream(ctx: ViewsContext, actor: Actor, viewId: string | null, first: number): Promise<AsyncIterableIterator<WorkEvent>> {
  const service = new ViewsService(ctx.em);
  const views = await service.definitions(actor);
  const open = viewId ? await service.definition(actor, viewId) : views[0]!;
  const changes = ctx.app.live.pubSub.subscribe('TICKET_CHANGES');
  try {
    // Subscribed first, read second: a change committed meanwhile is in the snapshot or among the changes.
    const now = ctx.app.clock.now();
    const page = await service.page(actor, open, first, null, now);
    const counts: ViewCount[] = [];
    for (const view of views) counts.push({ viewId: view.id, count: view.id === open.id ? page.totalCount : await service.count(actor, view, now) });
    const snapshot: WorkEvent = {
      version: page.version ?? 0,
      kind: WorkEventKind.SNAPSHOT,
      viewId: open.id,
      counts,
      rows: page.items,
      totalCount: page.totalCount,
      ticket: null,
      position: null,
      previousPosition: null,
    };
    const held = new Map(page.items.map((ticket, index) => [ticket.id, index]));
    return startWith(snapshot, follow(ctx, { actor, views }, open, first, held, snapshot.version, changes));
  } catch (error) {
    await changes.return?.();
    throw error;
  }
}

async function* follow(
  ctx: ViewsContext,
  watcher: ViewWatcher,
  open: ViewDefinition,
  first: number,
  held: Map<number, number>,
  since: number,
  changes: AsyncIterableIterator<TicketChangeBatch>,
): AsyncGenerator<WorkEvent> {
  const live = ctx.app.views;
  const unwatch = live.watch(watcher);
  let last = since;
  try {
    for await (const batch of changes) {
      const fresh = batch.changes.filter((change) => change.version > last);
      if (fresh.length === 0) continue;
      const allCounts = await live.countsAfter(batch);
      const counts = watcher.views.map((view) => ({ viewId: view.id, count: allCounts.get(countKey(view, watcher.actor)) ?? 0 }));
      for (const { version, ticket } of fresh) {
        last = version;
        yield { version, viewId: open.id, counts, rows: null, totalCount: null, ...(await rowChange(ctx, watcher, open, first, held, batch, ticket)) };
      }
    }
  } finally {
    unwatch();
  }
}

/** What the change does to the rows this stream has given out (the first `first` of the open view). */
async function rowChange(
  ctx: ViewsContext,
  watcher: ViewWatcher,
  open: ViewDefinition,
  first: number,
  held: Map<number, number>,
  batch: TicketChangeBatch,
  ticket: Ticket,
): Promise<Pick<WorkEvent, 'kind' | 'ticket' | 'position' | 'previousPosition'>> {
  const previous = held.get(ticket.id) ?? null;
  // A personal view of someone else's ticket that this stream never showed: nothing to look up.
  const mine = !open.filter.assignedToMe || ticket.assignee?.id === watcher.actor.userId;
  const position = mine || previous !== null ? await ctx.app.views.positionAfter(batch, watcher, open, ticket) : null;
  if (position !== null && position < first) held.set(ticket.id, position);
  else held.delete(ticket.id);
  if (position === null && previous === null) return { kind: WorkEventKind.COUNTS, ticket: null, position: null, previousPosition: null };
  const kind =
    position === null ? WorkEventKind.REMOVED : previous === null ? WorkEventKind.ADDED : previous === position ? WorkEventKind.UPDATED : WorkEventKind.MOVED;
  return { kind, ticket, position, previousPosition: previous };
}
