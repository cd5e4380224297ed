import { Migration } from '@mikro-orm/migrations';
import { dialectOf } from './dialect.js';

/** What the staff's ticket list filters by without naming an organization or a person (TicketFilter). */
const KEY = 'status, criticality, support_level, category';

/**
 * `tickets` over a million tickets (#17): the list's totalCount for staff,
 * unfiltered or by status, criticality, level or category, is a count over
 * hundreds of thousands of rows (≈ 100 ms at a million, 1 ms at ten
 * thousand). `ticket_counts` holds that GROUP BY — tickets per status,
 * criticality, level and category — and the list sums a few cells instead.
 *
 * Triggers on `tickets` never write a cell: they append signed deltas to
 * `ticket_count_deltas`, an insert-only table, so no row is shared between
 * two writers (a cell written in the ticket's transaction serialized every
 * intake into one cell until commit and deadlocked against the queue lock).
 * A reader sums cells and deltas in one statement; a periodic fold
 * (ticket-counts.ts) moves the deltas into the cells in one transaction.
 * PostgreSQL appends one delta per cell per statement, over the transition
 * tables (an update of other columns nets to zero and appends nothing); the
 * embedded database one per row.
 */
export class Migration20261207170000_ticket_counts extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const cells = knex.schema.createTable('ticket_counts', (t) => {
      t.string('status', 30).notNullable();
      t.string('criticality', 20).notNullable();
      t.string('support_level', 20).notNullable();
      t.string('category', 40).notNullable();
      t.bigInteger('tickets').notNullable();
      t.primary(['status', 'criticality', 'support_level', 'category']);
    });
    const deltas = knex.schema.createTable('ticket_count_deltas', (t) => {
      t.bigIncrements('id').primary();
      t.string('status', 30).notNullable();
      t.string('criticality', 20).notNullable();
      t.string('support_level', 20).notNullable();
      t.string('category', 40).notNullable();
      t.integer('delta').notNullable();
    });
    for (const statement of [...cells.toSQL(), ...deltas.toSQL()]) this.addSql(statement.sql);
    const dialect = dialectOf(knex);
    const postgres = dialect.includes('postgres');
    if (!postgres && !dialect.includes('sqlite')) throw new Error(`No ticket counts for the ${dialect} database`);
    this.addSql(`insert into ticket_counts (${KEY}, tickets) select ${KEY}, count(*) from tickets group by ${KEY}`);
    for (const statement of postgres ? postgresTriggers() : sqliteTriggers()) this.addSql(statement);
  }
}

/** Statement-level: +1 for every new row, -1 for every old row, netted per cell, appended. */
function postgresTriggers(): string[] {
  const counted = (rows: string, sign: number) => `select ${KEY}, ${sign} as n from ${rows}`;
  const append = (changes: string) =>
    `insert into ticket_count_deltas (${KEY}, delta)
       select ${KEY}, sum(n) from (${changes}) d group by ${KEY} having sum(n) <> 0;`;
  return [
    `create function ticket_counts_count() returns trigger language plpgsql as $$
     begin
       if tg_op = 'INSERT' then ${append(counted('new_rows', 1))}
       elsif tg_op = 'DELETE' then ${append(counted('old_rows', -1))}
       else ${append(`${counted('new_rows', 1)} union all ${counted('old_rows', -1)}`)}
       end if;
       return null;
     end $$`,
    'create trigger ticket_counts_insert after insert on tickets referencing new table as new_rows for each statement execute function ticket_counts_count()',
    'create trigger ticket_counts_update after update on tickets referencing old table as old_rows new table as new_rows for each statement execute function ticket_counts_count()',
    'create trigger ticket_counts_delete after delete on tickets referencing old table as old_rows for each statement execute function ticket_counts_count()',
    `create function ticket_counts_clear() returns trigger language plpgsql as $$ begin delete from ticket_counts; delete from ticket_count_deltas; return null; end $$`,
    'create trigger ticket_counts_truncate after truncate on tickets for each statement execute function ticket_counts_clear()',
  ];
}

/** Row-level: the old row leaves its cell, the new one joins its cell. */
function sqliteTriggers(): string[] {
  const append = (row: 'new.' | 'old.', sign: number) =>
    `insert into ticket_count_deltas (${KEY}, delta) values (${row}status, ${row}criticality, ${row}support_level, ${row}category, ${sign});`;
  const trigger = (name: string, event: string, row: 'new.' | 'old.', sign: number) => `create trigger ${name} after ${event} on tickets for each row begin ${append(row, sign)} end`;
  return [
    trigger('ticket_counts_insert', 'insert', 'new.', 1),
    trigger('ticket_counts_delete', 'delete', 'old.', -1),
    trigger('ticket_counts_update_old', `update of ${KEY}`, 'old.', -1),
    trigger('ticket_counts_update_new', `update of ${KEY}`, 'new.', 1),
  ];
}
