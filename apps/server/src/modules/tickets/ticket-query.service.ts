import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { checkPageSize, decodeNumericCursor, encodeCursor } from '../../common/cursor.js';
import { ValidationFailed } from '../../common/errors.js';
import { idOf, parseId } from '../../common/ids.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { parseTicketNumber } from '../../entities/tickets/ticket-number.js';
import { organizationScope, type Actor } from '../../graphql/actor.js';
import type { Page } from '../../graphql/connection.js';
import { countFromRollup } from './ticket-counts.js';
import type { TicketFilterInput } from './ticket-filter.input.js';

/** Reads tickets within what the actor may see: own organization, served customers, or all for staff. */
export class TicketQueryService {
  constructor(private readonly em: EntityManager) {}

  async get(ticketId: string, actor: Actor): Promise<Ticket | null> {
    const id = idOf(ticketId);
    if (id === null) return null;
    return this.em.findOne(Ticket, { $and: [{ id }, visibleTo(actor)] });
  }

  /** Newest first; keyset-paged on (receivedAt, id). */
  async list(actor: Actor, first: number, after: string | null, filter: TicketFilterInput | null): Promise<Page<Ticket>> {
    checkPageSize(first);
    const conditions: FilterQuery<Ticket>[] = [visibleTo(actor), filterConditions(filter)];
    if (after) {
      const [received, id] = decodeNumericCursor(after, 2) as [number, number];
      const receivedAt = new Date(received);
      conditions.push({ $or: [{ receivedAt: { $lt: receivedAt } }, { receivedAt, id: { $lt: id } }] });
    }
    const where = { $and: conditions };
    const [rows, totalCount] = await Promise.all([
      this.em.find(Ticket, where, { orderBy: { receivedAt: 'desc', id: 'desc' }, limit: first + 1 }),
      // Across pages: the cursor's condition is left out.
      this.count(actor, filter, { $and: conditions.slice(0, 2) }),
    ]);
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (t) => encodeCursor([t.receivedAt.getTime(), t.id]),
    };
  }

  private async count(actor: Actor, filter: TicketFilterInput | null, where: FilterQuery<Ticket>): Promise<number> {
    return (await countFromRollup(this.em, actor, filter)) ?? this.em.count(Ticket, where);
  }
}

export function visibleTo(actor: Actor): FilterQuery<Ticket> {
  return organizationScope(actor);
}

function filterConditions(filter: TicketFilterInput | null): FilterQuery<Ticket> {
  if (!filter) return {};
  const where: FilterQuery<Ticket> & Record<string, unknown> = {};
  if (filter.statuses?.length) where.status = { $in: filter.statuses };
  if (filter.criticality) where.criticality = filter.criticality;
  if (filter.supportLevel) where.supportLevel = filter.supportLevel;
  if (filter.organizationId) where.organization = parseId(filter.organizationId, 'filter.organizationId');
  if (filter.assigneeId) where.assignee = parseId(filter.assigneeId, 'filter.assigneeId');
  if (filter.unassigned) where.assignee = null;
  if (filter.categories?.length) where.category = { $in: filter.categories };
  if (filter.number != null) where.id = ticketIdOfNumber(filter.number);
  return where;
}

/** "SD-000042", "sd-42" or "42" → 42; anything else is a problem on filter.number. */
function ticketIdOfNumber(number: string): number {
  const id = parseTicketNumber(number, { bare: true });
  if (id === null) throw new ValidationFailed([{ field: 'filter.number', message: 'must be a ticket number such as SD-000042' }]);
  return id;
}
