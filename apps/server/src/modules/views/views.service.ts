import type { EntityManager } from '@mikro-orm/core';
import { checkPageSize } from '../../common/cursor.js';
import { Forbidden, NotFound, ProblemList } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';
import { User } from '../../entities/auth/user.entity.js';
import { SavedView } from '../../entities/views/saved-view.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { Actor } from '../../graphql/actor.js';
import type { Page } from '../../graphql/connection.js';
import { currentChangeVersion } from '../queue/index.js';
import { BUILT_IN_VIEWS, builtInView, type ViewDefinition } from './built-in-views.js';
import { ViewSort } from './view-filter.input.js';
import { beyondKey, checkedFilter, type FilterInput, decodeSortCursor, filteredTickets, keyOf, orderByOf, sortCursor } from './view-query.js';

export const MAX_SAVED_VIEWS = 30;
const MAX_NAME = 100;

export interface SaveViewCommand {
  readonly id?: string | null;
  readonly name: string;
  readonly filter?: FilterInput | null;
  readonly sort?: ViewSort | null;
}

/** Views (#13): the built-in ones and each staff member's saved ones, their tickets, counts and positions. */
export class ViewsService {
  constructor(private readonly em: EntityManager) {}

  async definitions(actor: Actor): Promise<ViewDefinition[]> {
    const saved = await this.em.find(SavedView, { owner: actor.userId }, { orderBy: { position: 'asc', id: 'asc' } });
    return [...BUILT_IN_VIEWS, ...saved.map(savedDefinition)];
  }

  async definition(actor: Actor, viewId: string): Promise<ViewDefinition> {
    const builtIn = builtInView(viewId);
    if (builtIn) return builtIn;
    const id = idOf(viewId);
    const saved = id === null ? null : await this.em.findOne(SavedView, { id, owner: actor.userId });
    if (!saved) throw new NotFound('View', viewId);
    return savedDefinition(saved);
  }

  count(actor: Actor, view: ViewDefinition, now: Date): Promise<number> {
    return filteredTickets(this.em, view.filter, actor, now).getCount();
  }

  /** One page in the view's order; `version` is the ticket-change version the page already reflects (read first). */
  async page(actor: Actor, view: ViewDefinition, first: number, after: string | null, now: Date): Promise<Page<Ticket>> {
    checkPageSize(first);
    const version = await currentChangeVersion(this.em);
    const rows = filteredTickets(this.em, view.filter, actor, now);
    if (after) rows.andWhere(beyondKey(view.sort, decodeSortCursor(view.sort, after), 'after'));
    const [items, totalCount] = await Promise.all([
      rows.orderBy(orderByOf(view.sort)).limit(first + 1).getResultList(),
      this.count(actor, view, now),
    ]);
    return { items: items.slice(0, first), hasNextPage: items.length > first, totalCount, cursorOf: (t) => sortCursor(view.sort, t), version };
  }

  /** Where the ticket stands in the view now (0-based, whole view), or null when the view does not hold it. */
  async position(actor: Actor, view: ViewDefinition, ticket: Ticket, now: Date): Promise<number | null> {
    const held = await filteredTickets(this.em, view.filter, actor, now).andWhere({ id: ticket.id }).getCount();
    if (held === 0) return null;
    return filteredTickets(this.em, view.filter, actor, now).andWhere(beyondKey(view.sort, keyOf(view.sort, ticket), 'before')).getCount();
  }

  async save(actor: Actor, command: SaveViewCommand, now: Date): Promise<ViewDefinition> {
    const problems = new ProblemList();
    const name = command.name.trim();
    if (!name) problems.add('input.name', 'is required');
    else if (name.length > MAX_NAME) problems.add('input.name', `must be at most ${MAX_NAME} characters`);
    const filter = checkedFilter(command.filter, 'input.filter', problems);
    let view: SavedView | null = null;
    if (command.id) {
      if (builtInView(command.id)) problems.add('input.id', 'built-in views cannot be changed; save a copy under a name of your own');
      else {
        const id = idOf(command.id);
        view = id === null ? null : await this.em.findOne(SavedView, { id, owner: actor.userId });
        if (!view) throw new NotFound('View', command.id);
      }
    } else if ((await this.em.count(SavedView, { owner: actor.userId })) >= MAX_SAVED_VIEWS) {
      problems.add('input', `at most ${MAX_SAVED_VIEWS} saved views; delete one first`);
    }
    problems.throwIfAny();
    if (!view) {
      const last = await this.em.findOne(SavedView, { owner: actor.userId }, { orderBy: { position: 'desc' } });
      view = this.em.create(SavedView, { owner: this.em.getReference(User, actor.userId), name, filter, sort: command.sort ?? ViewSort.SLA, position: (last?.position ?? -1) + 1, createdAt: now, updatedAt: now });
    } else {
      Object.assign(view, { name, filter, sort: command.sort ?? view.sort, updatedAt: now });
    }
    await this.em.flush();
    return savedDefinition(view);
  }

  async remove(actor: Actor, viewId: string): Promise<boolean> {
    if (builtInView(viewId)) throw new Forbidden('Built-in views cannot be deleted');
    const id = idOf(viewId);
    const removed = id === null ? 0 : await this.em.nativeDelete(SavedView, { id, owner: actor.userId });
    if (removed === 0) throw new NotFound('View', viewId);
    return true;
  }

  /** The user's order of their saved views (the built-in ones always come first). */
  async reorder(actor: Actor, viewIds: readonly string[]): Promise<ViewDefinition[]> {
    const saved = await this.em.find(SavedView, { owner: actor.userId });
    const byId = new Map(saved.map((view) => [String(view.id), view]));
    const problems = new ProblemList();
    viewIds.forEach((id, index) => {
      if (!byId.has(id)) problems.add(`viewIds.${index}`, 'is not one of your saved views');
    });
    if (new Set(viewIds).size !== viewIds.length) problems.add('viewIds', 'names a view twice');
    problems.throwIfAny();
    viewIds.forEach((id, index) => (byId.get(id)!.position = index));
    await this.em.flush();
    return this.definitions(actor);
  }
}

export function savedDefinition(view: SavedView): ViewDefinition {
  return { id: String(view.id), name: view.name, builtIn: false, personal: true, filter: view.filter, sort: view.sort as ViewSort };
}
