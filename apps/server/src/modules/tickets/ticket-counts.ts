import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from '../../graphql/actor.js';
import type { TicketFilterInput } from './ticket-filter.input.js';

/**
 * The number of tickets a list of every organization's tickets holds, from
 * the `ticket_counts` rollup (#17; kept by triggers, see the ticket_counts
 * migration) when the list's conditions are its cells' dimensions — status,
 * criticality, level, category — and the caller sees every organization;
 * null otherwise (an organization, a person or a number narrows the list to
 * few enough rows to count them).
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
  const rows = await (em as SqlEntityManager).execute<{ n: number | string | null }[]>(`select sum(tickets) as n from ticket_counts${where}`, params);
  return Number(rows[0]?.n ?? 0);
}
