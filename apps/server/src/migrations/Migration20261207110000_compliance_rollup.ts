import { Migration } from '@mikro-orm/migrations';
import { dialectOf } from './dialect.js';

const DAY_MS = 86_400_000;
/** Moscow is UTC+3 all year, as reports/compliance-counts.ts counts days. */
const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const KEY = 'day, level, criticality, agent_id, outcome';
/** Columns that decide whether and where a ticket is counted; any other change leaves the rollup alone. */
const COUNTED_COLUMNS = 'received_at, sla_outcome, sla_level, support_level, sla_criticality, criticality, responded_at, responded_by_id, assignee_id';

/**
 * SLA-9 over a million tickets in under a second (#14): `compliance_rollup`
 * holds the GROUP BY of the report over DECIDED tickets — per Moscow day of
 * arrival, frozen level and criticality (SLA-10), the agent the report
 * attributes (who reacted; before a reaction the holder; 0: none) and outcome —
 * the number of tickets. Triggers on `tickets` keep it in the transaction of
 * every write (each changed row taken out of its old cell and put in its new
 * one), so it always equals the GROUP BY over `tickets`, whatever code path
 * wrote the row. PostgreSQL counts per statement over the transition tables
 * (a bulk update costs one aggregate); the embedded database per row.
 * Undecided tickets past their deadline are few and counted live, through
 * `tickets_undecided_idx`.
 */
export class Migration20261207110000_compliance_rollup extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const table = knex.schema.createTable('compliance_rollup', (t) => {
      t.integer('day').notNullable();
      t.string('level', 10).notNullable();
      t.string('criticality', 15).notNullable();
      t.integer('agent_id').notNullable();
      t.string('outcome', 8).notNullable();
      t.integer('tickets').notNullable();
      t.primary(['day', 'level', 'criticality', 'agent_id', 'outcome']);
    });
    for (const statement of table.toSQL()) this.addSql(statement.sql);
    this.addSql('create index tickets_undecided_idx on tickets (received_at) where sla_outcome is null and awaiting_reaction = true');
    const dialect = dialectOf(knex);
    const postgres = dialect.includes('postgres');
    if (!postgres && !dialect.includes('sqlite')) throw new Error(`No compliance rollup for the ${dialect} database`);
    this.addSql(`insert into compliance_rollup (${KEY}, tickets) select ${cell(postgres, '')}, count(*) from tickets where sla_outcome is not null group by 1, 2, 3, 4, 5`);
    for (const statement of postgres ? postgresTriggers() : sqliteTriggers()) this.addSql(statement);
  }
}

/** The rollup's key of a ticket row (`row` the prefix: `new.`, `old.` or none). */
function cell(postgres: boolean, row: string): string {
  const day = postgres
    ? `floor((extract(epoch from ${row}received_at) * 1000 + ${MOSCOW_OFFSET_MS}) / ${DAY_MS})::int`
    : `((${row}received_at + ${MOSCOW_OFFSET_MS}) / ${DAY_MS})`;
  return [
    `${day} as day`,
    `coalesce(${row}sla_level, ${row}support_level) as level`,
    `coalesce(${row}sla_criticality, ${row}criticality) as criticality`,
    `coalesce(case when ${row}responded_at is not null then ${row}responded_by_id else ${row}assignee_id end, 0) as agent_id`,
    `case when ${row}sla_outcome = 'MET' then 'MET' else 'BREACHED' end as outcome`,
  ].join(', ');
}

/** Statement-level: +1 for every decided new row, -1 for every decided old row, netted per cell. */
function postgresTriggers(): string[] {
  const counted = (rows: string, sign: number) => `select ${cell(true, '')}, ${sign} as n from ${rows} where sla_outcome is not null`;
  const apply = (changes: string) =>
    `insert into compliance_rollup as r (${KEY}, tickets)
       select ${KEY}, sum(n) from (${changes}) c group by ${KEY} having sum(n) <> 0 order by ${KEY}
       on conflict (${KEY}) do update set tickets = r.tickets + excluded.tickets;`;
  return [
    `create function compliance_rollup_count() returns trigger language plpgsql as $$
     begin
       if tg_op = 'INSERT' then ${apply(counted('new_rows', 1))}
       elsif tg_op = 'DELETE' then ${apply(counted('old_rows', -1))}
       else ${apply(`${counted('new_rows', 1)} union all ${counted('old_rows', -1)}`)}
       end if;
       return null;
     end $$`,
    'create trigger compliance_rollup_insert after insert on tickets referencing new table as new_rows for each statement execute function compliance_rollup_count()',
    'create trigger compliance_rollup_update after update on tickets referencing old table as old_rows new table as new_rows for each statement execute function compliance_rollup_count()',
    'create trigger compliance_rollup_delete after delete on tickets referencing old table as old_rows for each statement execute function compliance_rollup_count()',
    `create function compliance_rollup_clear() returns trigger language plpgsql as $$ begin delete from compliance_rollup; return null; end $$`,
    'create trigger compliance_rollup_truncate after truncate on tickets for each statement execute function compliance_rollup_clear()',
  ];
}

/** Row-level: the old row leaves its cell, the new one joins its cell. */
function sqliteTriggers(): string[] {
  const add = (row: 'new.' | 'old.', sign: number) =>
    `insert into compliance_rollup (${KEY}, tickets) values (${cell(false, row).replace(/ as \w+/g, '')}, ${sign})
     on conflict (${KEY}) do update set tickets = tickets + excluded.tickets;`;
  const trigger = (name: string, event: string, row: 'new.' | 'old.', sign: number) =>
    `create trigger ${name} after ${event} on tickets for each row when ${row}sla_outcome is not null begin ${add(row, sign)} end`;
  return [
    trigger('compliance_rollup_insert', 'insert', 'new.', 1),
    trigger('compliance_rollup_delete', 'delete', 'old.', -1),
    trigger('compliance_rollup_update_old', `update of ${COUNTED_COLUMNS}`, 'old.', -1),
    trigger('compliance_rollup_update_new', `update of ${COUNTED_COLUMNS}`, 'new.', 1),
  ];
}
