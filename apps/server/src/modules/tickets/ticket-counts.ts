import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from '../../graphql/actor.js';
import { isPostgres } from '../../infra/database/dialect.js';
import type { TicketFilterInput } from './ticket-filter.input.js';

const KEY = 'status, criticality, support_level, category';

/**
 * The number of tickets a list of every organization's tickets holds, from
 * the `ticket_counts` cells plus the deltas not folded into them yet (#17;
 * kept by triggers, see the ticket_counts migration), read in one statement
 * so both come from one snapshot — when the list's conditions are the cells'
 * dimensions (status, criticality, level, category) and the caller sees
 * every organization; null otherwise (an organization, a person or a number
 * narrows the list to few enough rows to count them).
 */
export async function countFromRollup(em: EntityManager, actor: Actor, filter: TicketFilterInput | null): Promise<number | null> {
  if (actor.visibleOrganizationIds !== null) return null;
  if (filter && (filter.organizationId || filter.assigneeId || filter.unassigned || filter.number != null)) return null;
  const conditions: string[] = [];
  const params: unknown[] = [];
  const anyOf = (column: string, values: readonly string[] | null | undefined) => {
    if (!values?.length) return;
    conditions.push(`${column} in (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  anyOf('status', filter?.statuses);
  anyOf('criticality', filter?.criticality ? [filter.criticality] : null);
  anyOf('support_level', filter?.supportLevel ? [filter.supportLevel] : null);
  anyOf('category', filter?.categories);
  const where = conditions.length > 0 ? ` where ${conditions.join(' and ')}` : '';
  const rows = await (em as SqlEntityManager).execute<{ n: number | string | null }[]>(
    `select coalesce((select sum(tickets) from ticket_counts${where}), 0) + coalesce((select sum(delta) from ticket_count_deltas${where}), 0) as n`,
    [...params, ...params],
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Moves the appended deltas into their cells, atomically: a reader sees each
 * delta either still appended or in its cell, never both. Deltas of writers
 * not yet committed are invisible here and wait for the next fold; two
 * processes folding at once each move what the other did not.
 */
export async function foldTicketCountDeltas(em: EntityManager): Promise<void> {
  const connection = (em as SqlEntityManager).getConnection();
  if (isPostgres(em)) {
    await connection.execute(
      `with moved as (delete from ticket_count_deltas returning ${KEY}, delta)
       insert into ticket_counts as c (${KEY}, tickets)
       select ${KEY}, sum(delta) from moved group by ${KEY} order by ${KEY}
       on conflict (${KEY}) do update set tickets = c.tickets + excluded.tickets`,
    );
    return;
  }
  // One writer at a time on the embedded database: the last id read bounds both statements.
  await em.transactional(async (tx) => {
    const db = (tx as SqlEntityManager).getConnection();
    const context = tx.getTransactionContext();
    const [last] = await db.execute<{ id: number | null }[]>('select max(id) as id from ticket_count_deltas', [], 'all', context);
    if (last?.id == null) return;
    await db.execute(
      `insert into ticket_counts (${KEY}, tickets)
       select ${KEY}, sum(delta) from ticket_count_deltas where id <= ? group by ${KEY}
       on conflict (${KEY}) do update set tickets = tickets + excluded.tickets`,
      [last.id],
      'run',
      context,
    );
    await db.execute('delete from ticket_count_deltas where id <= ?', [last.id], 'run', context);
  });
}
