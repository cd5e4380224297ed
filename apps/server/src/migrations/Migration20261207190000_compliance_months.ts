import { Migration } from '@mikro-orm/migrations';
import { dialectOf } from './dialect.js';

const DAY_MS = 86_400_000;
/** Moscow is UTC+3 all year, as reports/compliance-counts.ts counts days. */
const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const KEY = 'day, level, criticality, agent_id, outcome';
const MONTH_KEY = 'month, level, criticality, agent_id, outcome';

/**
 * SLA-9 over a million tickets (#17): the report of the last 30 days read
 * ≈ 12 000 day cells of `compliance_rollup` at a million tickets (≈ 700 at ten
 * thousand) — a cell per Moscow day, level, criticality, agent and outcome —
 * and its time grew with them. `compliance_rollup_months` holds the same
 * counts per Moscow month (`month`: the day number of its 1st), always the sum
 * of the month's day cells, so a report not grouped by WEEK reads a month that
 * lies mostly inside its period as the month cell minus the few days outside
 * (reports/compliance-counts.ts), a whole month as its cell alone.
 *
 * PostgreSQL: the statement-level trigger function of `compliance_rollup` is
 * replaced by one that, after the day cells, applies the same changes netted
 * per month cell — day cells then month cells, each in key order, so two
 * statements take their locks in one order as before. Nothing counted
 * changed (no day cell written): no month statement. The embedded database
 * (one writer at a time) follows each day cell's change with its month's.
 */
export class Migration20261207190000_compliance_months extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const table = knex.schema.createTable('compliance_rollup_months', (t) => {
      t.integer('month').notNullable();
      t.string('level', 10).notNullable();
      t.string('criticality', 15).notNullable();
      t.integer('agent_id').notNullable();
      t.string('outcome', 8).notNullable();
      t.integer('tickets').notNullable();
      t.primary(['month', 'level', 'criticality', 'agent_id', 'outcome']);
    });
    for (const statement of table.toSQL()) this.addSql(statement.sql);
    const dialect = dialectOf(knex);
    const postgres = dialect.includes('postgres');
    if (!postgres && !dialect.includes('sqlite')) throw new Error(`No compliance months for the ${dialect} database`);
    this.addSql(
      `insert into compliance_rollup_months (${MONTH_KEY}, tickets)
       select ${monthOf(postgres, 'day')} as month, level, criticality, agent_id, outcome, sum(tickets)
       from compliance_rollup group by 1, 2, 3, 4, 5 having sum(tickets) <> 0`,
    );
    for (const statement of postgres ? postgresTriggers() : sqliteTriggers()) this.addSql(statement);
  }
}

/** The day number of the 1st of the Moscow month of day number `day` (days since 1970-01-01). */
export function monthOf(postgres: boolean, day: string): string {
  return postgres
    ? `(${day} - extract(day from date '1970-01-01' + ${day})::int + 1)`
    : `(${day} - cast(strftime('%d', ${day} * 86400, 'unixepoch') as integer) + 1)`;
}

/** The rollup's key of a ticket row, as Migration20261207110000_compliance_rollup computes it. */
function cell(row: string): string {
  return [
    `floor((extract(epoch from ${row}received_at) * 1000 + ${MOSCOW_OFFSET_MS}) / ${DAY_MS})::int as day`,
    `coalesce(${row}sla_level, ${row}support_level) as level`,
    `coalesce(${row}sla_criticality, ${row}criticality) as criticality`,
    `coalesce(case when ${row}responded_at is not null then ${row}responded_by_id else ${row}assignee_id end, 0) as agent_id`,
    `case when ${row}sla_outcome = 'MET' then 'MET' else 'BREACHED' end as outcome`,
  ].join(', ');
}

/** compliance_rollup_count() again, now also netting its changes per month cell. */
function postgresTriggers(): string[] {
  const counted = (rows: string, sign: number) => `select ${cell('')}, ${sign} as n from ${rows} where sla_outcome is not null`;
  const apply = (changes: string) =>
    `insert into compliance_rollup as r (${KEY}, tickets)
       select ${KEY}, sum(n) from (${changes}) c group by ${KEY} having sum(n) <> 0 order by ${KEY}
       on conflict (${KEY}) do update set tickets = r.tickets + excluded.tickets;
     get diagnostics written = row_count;
     if written > 0 then
       insert into compliance_rollup_months as m (${MONTH_KEY}, tickets)
         select ${monthOf(true, 'day')}, level, criticality, agent_id, outcome, sum(n) from (${changes}) c
         group by 1, 2, 3, 4, 5 having sum(n) <> 0 order by 1, 2, 3, 4, 5
         on conflict (${MONTH_KEY}) do update set tickets = m.tickets + excluded.tickets;
     end if;`;
  return [
    `create or replace function compliance_rollup_count() returns trigger language plpgsql as $$
     declare written bigint;
     begin
       if tg_op = 'INSERT' then ${apply(counted('new_rows', 1))}
       elsif tg_op = 'DELETE' then ${apply(counted('old_rows', -1))}
       else ${apply(`${counted('new_rows', 1)} union all ${counted('old_rows', -1)}`)}
       end if;
       return null;
     end $$`,
    `create function compliance_rollup_months_clear() returns trigger language plpgsql as $$ begin delete from compliance_rollup_months; return null; end $$`,
    'create trigger compliance_rollup_months_truncate after truncate on tickets for each statement execute function compliance_rollup_months_clear()',
  ];
}

/** Row-level on the day cells: what a day cell gains or loses, its month gains or loses. */
function sqliteTriggers(): string[] {
  const add = (row: 'new.' | 'old.', sign: '+' | '-') =>
    `insert into compliance_rollup_months (${MONTH_KEY}, tickets)
     values (${monthOf(false, `${row}day`)}, ${row}level, ${row}criticality, ${row}agent_id, ${row}outcome, ${sign}${row}tickets)
     on conflict (${MONTH_KEY}) do update set tickets = tickets + excluded.tickets;`;
  return [
    `create trigger compliance_rollup_months_insert after insert on compliance_rollup for each row begin ${add('new.', '+')} end`,
    `create trigger compliance_rollup_months_delete after delete on compliance_rollup for each row begin ${add('old.', '-')} end`,
    `create trigger compliance_rollup_months_update after update on compliance_rollup for each row begin ${add('old.', '-')} ${add('new.', '+')} end`,
  ];
}
