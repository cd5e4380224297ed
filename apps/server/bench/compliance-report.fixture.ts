import type pg from 'pg';
import { insertOpenTickets } from './queue-page.fixture.js';
import { loadThroughScratchTable } from './support/bulk-load.js';

/**
 * Turns the open tickets of the queue fixture into closed ones: a reaction
 * between 20 % and 120 % of the response time by one of the agents, so about
 * one in six is BREACHED, the outcome frozen with its terms as reaction.ts
 * decides it.
 */
export async function closeAll(sql: pg.Client, table: string): Promise<void> {
  await sql.query(closingStatement(table));
}

/**
 * closeAll as one statement, of the tickets `part` selects (a condition on
 * `t`, with its parameters; inParallel's `t.id % $2 = $1` splits it over
 * connections).
 */
export function closingStatement(table: string, part = 'true'): string {
  return `
    with agents as (select array_agg(id order by id) as ids from users where role in ('AGENT', 'TEAM_LEAD')),
    reacted as (
      select t.id, t.received_at + (t.response_due_at - t.received_at) * (0.2 + random()) as at,
             (select ids[1 + t.id % array_length(ids, 1)] from agents) as agent_id
      from ${table} t where ${part}
    )
    update ${table} t set
      status = 'CLOSED', resolution = 'SOLVED', closed_at = r.at + interval '1 hour', awaiting_reaction = false,
      assignee_id = r.agent_id, responded_by_id = r.agent_id, responded_at = date_trunc('milliseconds', r.at),
      notice_state = 'DELIVERED', notice_channel = 'EMAIL', notice_proof = 'bench: Message-ID <' || t.id || '@bench.local>',
      sla_outcome = case when r.at <= t.response_due_at then 'MET' else 'BREACHED' end,
      sla_decided_at = least(date_trunc('milliseconds', r.at), t.response_due_at),
      sla_level = t.support_level, sla_criticality = t.criticality, sla_due_at = t.response_due_at,
      sla_response_seconds = extract(epoch from t.response_due_at - t.received_at)::int
    from reacted r where r.id = t.id`;
}

/**
 * `count` closed tickets, loaded fast (#14): generated and closed in an
 * UNLOGGED scratch table, then moved into `tickets` by one INSERT … SELECT
 * with its secondary indexes rebuilt afterwards. The compliance rollup's
 * trigger counts that one statement in one aggregate, so the rollup is built
 * as a migration would backfill it.
 */
export async function loadClosedTickets(sql: pg.Client, count: number): Promise<void> {
  await loadThroughScratchTable(sql, 'tickets', async (scratch) => {
    await insertOpenTickets(sql, count, scratch);
    await closeAll(sql, scratch);
  });
  await sql.query('vacuum (analyze) tickets');
  await sql.query('vacuum (analyze) compliance_rollup');
  await sql.query('vacuum (analyze) compliance_rollup_months');
}
