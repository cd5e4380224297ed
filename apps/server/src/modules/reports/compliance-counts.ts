import type { EntityManager } from '@mikro-orm/core';
import { isPostgres } from '../views/index.js';
import type { CountedRow } from './compliance.js';

const DAY_MS = 86_400_000;
/** Moscow is UTC+3 all year since 2014, as @desk/sla's calendar arithmetic assumes. */
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

interface CountRow {
  readonly level: string;
  readonly criticality: string;
  readonly agent_id: number | string | null;
  readonly day: number | string;
  readonly outcome: 'MET' | 'BREACHED';
  readonly n: number | string;
}

/**
 * The Moscow day number (days since 1970-01-01 MSK) of `received_at`: PostgreSQL keeps
 * timestamptz, the embedded database epoch milliseconds (MikroORM's SQLite dates).
 */
function moscowDay(postgres: boolean): string {
  return postgres
    ? `floor((extract(epoch from received_at) * 1000 + ${MOSCOW_OFFSET_MS}) / ${DAY_MS})::int`
    : `((received_at + ${MOSCOW_OFFSET_MS}) / ${DAY_MS})`;
}

/**
 * SLA-9 counted by the database (#14: a month of a million tickets in well
 * under a second): tickets that arrived in [from, to) with a decided outcome,
 * or still waiting for the reaction past their deadline (already a breach),
 * per frozen level and criticality (SLA-10), the agent who reacted (a ticket
 * still waiting: its holder), Moscow day of arrival and outcome. The same
 * test as the drill-down's rows (ComplianceService.rows), in SQL; the
 * `tickets_compliance_idx` covering index lets PostgreSQL answer from the index.
 */
export async function countOutcomes(em: EntityManager, from: Date, to: Date, now: Date, organizationId: number | null): Promise<CountedRow[]> {
  const postgres = isPostgres(em);
  const instant = (at: Date) => (postgres ? at.toISOString() : at.getTime());
  const rows: CountRow[] = await em.getConnection().execute(
    `select coalesce(sla_level, support_level) as level,
            coalesce(sla_criticality, criticality) as criticality,
            case when responded_at is not null then responded_by_id else assignee_id end as agent_id,
            ${moscowDay(postgres)} as day,
            case when sla_outcome = 'MET' then 'MET' else 'BREACHED' end as outcome,
            count(*) as n
     from tickets
     where received_at >= ? and received_at < ?
       and (sla_outcome is not null or (awaiting_reaction = ? and response_due_at < ?))
       ${organizationId === null ? '' : 'and organization_id = ?'}
     group by 1, 2, 3, 4, 5`,
    [instant(from), instant(to), true, instant(now), ...(organizationId === null ? [] : [organizationId])],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((row) => ({
    // Noon of the day: any instant of it names the same Moscow date, week and month.
    receivedAt: new Date(Number(row.day) * DAY_MS - MOSCOW_OFFSET_MS + DAY_MS / 2),
    supportLevel: row.level,
    criticality: row.criticality,
    agentId: row.agent_id === null ? null : Number(row.agent_id),
    outcome: row.outcome,
    count: Number(row.n),
  }));
}
