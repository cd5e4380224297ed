import type pg from 'pg';
import { DeadlineHeap } from './support/deadline-heap.js';

/**
 * The statements a restarted process re-arms its SLA timers with (sla-deadlines.ts
 * as MikroORM writes them, literals inlined): the nearest armed instant of
 * each kind, and the due items of the first sweep. Explained after the fixture
 * is in, so the report shows which index serves them at this size.
 */
export const REARM_STATEMENTS: readonly { readonly label: string; readonly sql: string }[] = [
  {
    label: 'nearest AT_RISK',
    sql: 'select id, at_risk_at from tickets where awaiting_reaction = true and at_risk_alerted = false order by at_risk_at asc limit 1',
  },
  {
    label: 'nearest BREACHED',
    sql: 'select id, response_due_at from tickets where awaiting_reaction = true and breach_alerted = false order by response_due_at asc limit 1',
  },
  {
    label: 'due BREACHED (first sweep)',
    sql:
      'select id, response_due_at from tickets where awaiting_reaction = true and breach_alerted = false and response_due_at <= now() ' +
      'order by response_due_at asc, id asc limit 200',
  },
];

/** EXPLAIN (ANALYZE, BUFFERS) of each re-arm statement, squeezed to one line: the plan's nodes and the execution time. */
export async function explainRearm(sql: pg.Client): Promise<string[]> {
  const lines: string[] = [];
  for (const statement of REARM_STATEMENTS) {
    const plan = await sql.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement.sql}`);
    const text = plan.rows.map((row) => row['QUERY PLAN'].trim());
    const nodes = text.filter((line) => /(Scan|Sort|Limit)/.test(line)).map((line) => line.replace(/^->\s*/, '').replace(/\s+\(cost=[^)]*\)/, ''));
    const buffers = text.find((line) => line.startsWith('Buffers:')) ?? '';
    const execution = text.find((line) => line.startsWith('Execution Time')) ?? '';
    lines.push(`${statement.label}: ${nodes.join(' ← ')}; ${buffers}; ${execution}`);
  }
  return lines;
}

/**
 * The baseline of a re-arm: what a scheduler that keeps every open deadline in
 * memory does at start — read every armed instant (AT_RISK and BREACHED of
 * every ticket still waiting for a reaction) with a bare query, and build a
 * heap of them. Returns the heap's size.
 */
export async function loadEveryDeadline(sql: pg.Client): Promise<number> {
  const result = await sql.query<{ id: number; at_risk_at: Date | null; response_due_at: Date | null }>({
    text: `select id,
                  case when at_risk_alerted then null else at_risk_at end as at_risk_at,
                  case when breach_alerted then null else response_due_at end as response_due_at
           from tickets where awaiting_reaction = true and (at_risk_alerted = false or breach_alerted = false)`,
  });
  const heap = new DeadlineHeap();
  for (const row of result.rows) {
    if (row.at_risk_at) heap.push({ id: row.id, at: row.at_risk_at.getTime() });
    if (row.response_due_at) heap.push({ id: row.id, at: row.response_due_at.getTime() });
  }
  return heap.size;
}
