import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../common/clock.js';
import { TicketStatus } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { Actor } from '../../graphql/actor.js';
import type { Orm } from '../../infra/database/orm.js';
import type { TicketChangeBatch } from '../realtime/index.js';
import type { ViewDefinition } from './built-in-views.js';
import { ViewsService } from './views.service.js';

/** Who is watching which views in this process. */
export interface ViewWatcher {
  readonly actor: Actor;
  readonly views: readonly ViewDefinition[];
}

interface BatchWork {
  counts: Promise<Map<string, number>> | null;
  positions: Map<string, Promise<number | null>>;
  em: EntityManager;
  now: Date;
}

/**
 * Where a view's count is kept: "assigned to me" views per user; the team's views, and saved views
 * that do not depend on who reads them, once per filter for all staff (50 agents' "critical ones"
 * are one count, not 50).
 */
export function countKey(view: ViewDefinition, actor: Actor): string {
  if (view.builtIn) return view.personal ? `${actor.userId}:${view.id}` : view.id;
  return view.filter.assignedToMe ? `${actor.userId}:${view.id}` : `filter:${JSON.stringify(Object.entries(view.filter).sort(([a], [b]) => a.localeCompare(b)))}`;
}

const OPEN = [TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER];

/**
 * The views' live counts (#13), worked out once per batch of ticket changes
 * for everyone watching in this process, not once per watcher: the team's
 * views cost a count each, "assigned to me" of every watcher one grouped
 * query together, each saved view a count. 50 agents watching cost the same
 * handful of statements per change as one (pnpm bench views).
 */
export class ViewsLive {
  private readonly watchers = new Set<ViewWatcher>();
  private readonly batches = new WeakMap<TicketChangeBatch, BatchWork>();

  constructor(
    private readonly orm: Orm,
    private readonly clock: Clock,
  ) {}

  watch(watcher: ViewWatcher): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  get watcherCount(): number {
    return this.watchers.size;
  }

  /** Every count of every watcher after `batch` (keyed by countKey). */
  async countsAfter(batch: TicketChangeBatch): Promise<Map<string, number>> {
    const work = this.work(batch);
    work.counts ??= this.countAll(work.em, work.now);
    return work.counts;
  }

  /** The ticket's place in `view` after `batch`, shared by watchers who see the same view. */
  positionAfter(batch: TicketChangeBatch, watcher: ViewWatcher, view: ViewDefinition, ticket: Ticket): Promise<number | null> {
    const work = this.work(batch);
    const key = `${countKey(view, watcher.actor)}|${ticket.id}`;
    let position = work.positions.get(key);
    if (!position) work.positions.set(key, (position = new ViewsService(work.em).position(watcher.actor, view, ticket, work.now)));
    return position;
  }

  private work(batch: TicketChangeBatch): BatchWork {
    let work = this.batches.get(batch);
    if (!work) this.batches.set(batch, (work = { counts: null, positions: new Map(), em: this.orm.em.fork(), now: this.clock.now() }));
    return work;
  }

  private async countAll(em: EntityManager, now: Date): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const service = new ViewsService(em);
    const team = new Map<string, { view: ViewDefinition; actor: Actor }>();
    const saved = new Map<string, { view: ViewDefinition; actor: Actor }>();
    const people = new Set<number>();
    for (const watcher of this.watchers) {
      for (const view of watcher.views) {
        if (!view.builtIn) saved.set(countKey(view, watcher.actor), { view, actor: watcher.actor });
        else if (view.personal) people.add(watcher.actor.userId);
        else team.set(countKey(view, watcher.actor), { view, actor: watcher.actor });
      }
    }
    for (const [key, { view, actor }] of [...team, ...saved]) counts.set(key, await service.count(actor, view, now));
    if (people.size > 0) for (const [key, count] of await myWorkCounts(em, [...people])) counts.set(key, count);
    return counts;
  }
}

/**
 * MINE_IN_PROGRESS, MINE_ANSWERED and MINE_WAITING (built-in-views.ts) of many people in one grouped
 * statement over tickets_my_work_idx; the views' own filters say the same, which the tests compare.
 */
export async function myWorkCounts(em: EntityManager, userIds: readonly number[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const id of userIds) for (const view of ['MINE_IN_PROGRESS', 'MINE_ANSWERED', 'MINE_WAITING']) counts.set(`${id}:${view}`, 0);
  const rows = await (em as SqlEntityManager).execute<{ assignee_id: number | string; status: string; answered: number | string | boolean; n: number | string }[]>(
    `select assignee_id, status, case when customer_answered_at is null then 0 else 1 end as answered, count(*) as n from tickets ` +
      `where assignee_id in (${userIds.map(() => '?').join(', ')}) and status in (?, ?, ?) group by assignee_id, status, answered`,
    [...userIds, ...OPEN],
  );
  for (const row of rows) {
    const view =
      row.status === TicketStatus.WAITING_FOR_CUSTOMER ? 'MINE_WAITING' : Number(row.answered) === 1 ? 'MINE_ANSWERED' : 'MINE_IN_PROGRESS';
    const key = `${Number(row.assignee_id)}:${view}`;
    counts.set(key, (counts.get(key) ?? 0) + Number(row.n));
  }
  return counts;
}
