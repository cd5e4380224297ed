import type { EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import { isStaff } from '../../graphql/actor.js';
import { groupBy, perRequest, RequestBatch } from '../../graphql/request-batch.js';

/** A row that belongs to one ticket and may be for the team only (TKT-9). */
interface TicketRow {
  readonly ticket: { readonly id: number };
  readonly internal: boolean;
}

/**
 * The rows of `entity` of every ticket in one response (its timeline, its
 * messages) in one query per request, not one per ticket; internal rows only
 * for staff.
 */
export function visibleRowsPerTicket<T extends TicketRow>(entity: EntityName<T>, orderBy: FindOptions<T>['orderBy']) {
  return perRequest(
    (ctx) =>
      new RequestBatch(async (ticketIds: readonly number[]) => {
        const where = { ticket: { $in: [...ticketIds] }, ...(isStaff(ctx.actor) ? {} : { internal: false }) } as FilterQuery<T>;
        const rows = (await ctx.em.find(entity, where, { orderBy } as FindOptions<T>)) as T[];
        return groupBy(rows, (row) => row.ticket.id);
      }, [] as T[]),
  );
}
