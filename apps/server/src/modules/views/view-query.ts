import type { EntityManager, FilterQuery, QBFilterQuery } from '@mikro-orm/core';
import type { QueryBuilder, SqlEntityManager } from '@mikro-orm/knex';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { ProblemList } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';
import type { StoredViewFilter } from '../../entities/views/saved-view.entity.js';
import { SlaOutcome, SlaState } from '../../entities/sla/sla.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { isStaff, type Actor } from '../../graphql/actor.js';
import { visibleTo } from '../tickets/index.js';
import { textCondition } from './search/ticket-search.js';
import { ViewSort } from './view-filter.input.js';

export const MAX_FILTER_TEXT = 200;
const MAX_LIST = 100;

/** One column of a sort key: property, SQL column and direction. */
interface SortColumn {
  readonly property: 'priority' | 'responseDueAt' | 'receivedAt' | 'updatedAt' | 'id';
  readonly direction: 'asc' | 'desc';
}

/** Every order ends in the id, so keyset paging and positions are exact. */
export const SORT_KEYS: Readonly<Record<ViewSort, readonly SortColumn[]>> = {
  [ViewSort.SLA]: [
    { property: 'priority', direction: 'asc' },
    { property: 'responseDueAt', direction: 'asc' },
    { property: 'receivedAt', direction: 'asc' },
    { property: 'id', direction: 'asc' },
  ],
  [ViewSort.NEWEST]: [
    { property: 'receivedAt', direction: 'desc' },
    { property: 'id', direction: 'desc' },
  ],
  [ViewSort.OLDEST]: [
    { property: 'receivedAt', direction: 'asc' },
    { property: 'id', direction: 'asc' },
  ],
  [ViewSort.RECENTLY_UPDATED]: [
    { property: 'updatedAt', direction: 'desc' },
    { property: 'id', direction: 'desc' },
  ],
  [ViewSort.DUE_SOONEST]: [
    { property: 'responseDueAt', direction: 'asc' },
    { property: 'id', direction: 'asc' },
  ],
};

/** A filter checked and normalised: what the API takes, saved views store and queries run. */
/** A filter as a caller may send it: any field may also be null. */
export type FilterInput = { [K in keyof StoredViewFilter]?: StoredViewFilter[K] | null };

export function checkedFilter(input: FilterInput | null | undefined, field: string, collect?: ProblemList): StoredViewFilter {
  const problems = collect ?? new ProblemList();
  const filter: StoredViewFilter = {};
  const lists = ['statuses', 'supportLevels', 'criticalities', 'categories', 'slaStates'] as const;
  for (const key of lists) {
    const values = input?.[key];
    if (values?.length) filter[key] = [...new Set(values)];
  }
  for (const key of ['organizationIds', 'assigneeIds'] as const) {
    const values = input?.[key];
    if (!values?.length) continue;
    if (values.length > MAX_LIST) problems.add(`${field}.${key}`, `at most ${MAX_LIST} ids`);
    values.forEach((value, index) => {
      if (idOf(value) === null) problems.add(`${field}.${key}.${index}`, 'is not an id this API returned');
    });
    filter[key] = [...new Set(values.map((value) => value.trim()))];
  }
  for (const key of ['assignedToMe', 'unassigned', 'escalated', 'customerAnswered'] as const) {
    const value = input?.[key];
    if (value !== null && value !== undefined) filter[key] = value;
  }
  if (filter.unassigned && (filter.assignedToMe || filter.assigneeIds?.length)) {
    problems.add(`${field}.unassigned`, 'cannot be combined with assignedToMe or assigneeIds');
  }
  const text = input?.text?.trim();
  if (text) {
    if (text.length > MAX_FILTER_TEXT) problems.add(`${field}.text`, `must be at most ${MAX_FILTER_TEXT} characters`);
    filter.text = text;
  }
  // A caller collecting the problems of a larger input throws them all together.
  if (!collect) problems.throwIfAny();
  return filter;
}

/** The conditions of a filter as the actor and the moment see them ("assigned to me", SLA state now). */
export function filterWhere(filter: StoredViewFilter, actor: Actor, now: Date): FilterQuery<Ticket>[] {
  const and: FilterQuery<Ticket>[] = [visibleTo(actor)];
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses as Ticket['status'][] } });
  if (filter.supportLevels?.length) and.push({ supportLevel: { $in: filter.supportLevels as Ticket['supportLevel'][] } });
  if (filter.criticalities?.length) and.push({ criticality: { $in: filter.criticalities as Ticket['criticality'][] } });
  if (filter.categories?.length) and.push({ category: { $in: filter.categories as Ticket['category'][] } });
  if (filter.organizationIds?.length) and.push({ organization: { $in: filter.organizationIds.map(Number) } });
  const assignees = [...(filter.assigneeIds ?? []).map(Number), ...(filter.assignedToMe ? [actor.userId] : [])];
  // "Any of" like every list: assignedToMe adds the caller to assigneeIds.
  if (assignees.length) and.push({ assignee: { $in: [...new Set(assignees)] } });
  if (filter.unassigned) and.push({ assignee: null });
  if (filter.escalated === true) and.push({ escalationLevel: { $gt: 0 } });
  if (filter.escalated === false) and.push({ escalationLevel: 0 });
  if (filter.customerAnswered === true) and.push({ customerAnsweredAt: { $ne: null } });
  if (filter.customerAnswered === false) and.push({ customerAnsweredAt: null });
  if (filter.slaStates?.length) and.push({ $or: filter.slaStates.map((state) => slaStateWhere(state as SlaState, now)) });
  return and;
}

/** SLA-7/SLA-9 state at `now` in columns: the stored deadline and AT_RISK instant, the reaction and its outcome. */
export function slaStateWhere(state: SlaState, now: Date): FilterQuery<Ticket> {
  switch (state) {
    case SlaState.MET:
      return { slaOutcome: SlaOutcome.MET };
    case SlaState.BREACHED:
      return { $or: [{ slaOutcome: SlaOutcome.BREACHED }, { respondedAt: null, responseDueAt: { $lte: now } }] };
    case SlaState.AT_RISK:
      return { respondedAt: null, atRiskAt: { $lte: now }, responseDueAt: { $gt: now } };
    case SlaState.ON_TRACK:
      return { respondedAt: null, atRiskAt: { $gt: now } };
  }
}

/** A query builder over the tickets a filter selects, the full-text part included. */
export function filteredTickets(em: EntityManager, filter: StoredViewFilter, actor: Actor, now: Date): QueryBuilder<Ticket> {
  const qb = (em as SqlEntityManager).createQueryBuilder(Ticket, 't').where({ $and: filterWhere(filter, actor, now) });
  if (filter.text) {
    const condition = textCondition(em, filter.text, isStaff(actor), 't.id');
    qb.andWhere(condition.sql, [...condition.params]);
  }
  return qb;
}

export function sortCursor(sort: ViewSort, ticket: Ticket): string {
  return encodeCursor(SORT_KEYS[sort].map(({ property }) => valueOf(ticket, property)));
}

/** Rows strictly after (or, `before`, strictly before) the key in the sort order: OR-ed prefixes of the key, portable keyset paging. */
export function beyondKey(sort: ViewSort, values: readonly (string | number)[], side: 'after' | 'before'): QBFilterQuery<Ticket> {
  const columns = SORT_KEYS[sort];
  const typed = columns.map(({ property }, i) => (property === 'id' || property === 'priority' ? Number(values[i]) : new Date(Number(values[i]))));
  return {
    $or: columns.map((column, i) => {
      const prefix: Record<string, unknown> = {};
      for (let j = 0; j < i; j++) prefix[columns[j]!.property] = typed[j];
      const later = (column.direction === 'asc') === (side === 'after');
      prefix[column.property] = { [later ? '$gt' : '$lt']: typed[i] };
      return prefix;
    }),
  } as QBFilterQuery<Ticket>;
}

export function decodeSortCursor(sort: ViewSort, cursor: string): (string | number)[] {
  const values = decodeCursor(cursor, SORT_KEYS[sort].length);
  if (!values.every((v) => typeof v === 'number')) new ProblemList().add('after', 'is not a cursor returned by this API').throwIfAny();
  return values;
}

export function orderByOf(sort: ViewSort): Record<string, 'asc' | 'desc'> {
  return Object.fromEntries(SORT_KEYS[sort].map(({ property, direction }) => [property, direction]));
}

export function keyOf(sort: ViewSort, ticket: Ticket): number[] {
  return SORT_KEYS[sort].map(({ property }) => valueOf(ticket, property));
}

function valueOf(ticket: Ticket, property: SortColumn['property']): number {
  const value = ticket[property];
  return value instanceof Date ? value.getTime() : Number(value);
}
