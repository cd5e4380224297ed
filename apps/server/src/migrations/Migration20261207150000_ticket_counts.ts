import { Migration } from '@mikro-orm/migrations';
import { dialectOf } from './dialect.js';

/** What the staff's ticket list filters by without naming an organization or a person (TicketFilter). */
const KEY = 'status, criticality, support_level, category';
const COUNTED_COLUMNS = KEY;

/**
 * `tickets` over a million tickets (#17): the list's totalCount for staff,
 * unfiltered or by status, criticality, level or category, is a count over
 * hundreds of thousands of rows (≈ 100 ms at a million, 1 ms at ten
 * thousand). `ticket_counts` holds that GROUP BY — tickets per status,
 * criticality, level and category, at most 5 × 2 × 2 × 8 cells — kept by
 * triggers in the transaction of every write, so the list sums a few cells
 * instead. PostgreSQL counts per statement over the transition tables and
 * writes a cell only when its count moved (an update of other columns nets
 * to zero and writes nothing); the embedded database per row.
 * The trade-off: creating a ticket (or moving its status) takes its cell's
 * row lock until commit, so two intakes into the same cell commit one after
 * the other — short transactions, as the compliance rollup's are.
 */
export class Migration20261207150000_ticket_counts extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const table = knex.schema.createTable('ticket_counts', (t) => {
      t.string('status', 30).notNullable();
      t.string('criticality', 20).notNullable();
      t.string('support_level', 20).notNullable();
      t.string('category', 40).notNullable();
      t.integer('tickets').notNullable();
      t.primary(['status', 'criticality', 'support_level', 'category']);
    });
    for (const statement of table.toSQL()) this.addSql(statement.sql);
    const dialect = dialectOf(knex);
    const postgres = dialect.includes('postgres');
    if (!postgres && !dialect.includes('sqlite')) throw new Error(`No ticket counts for the ${dialect} database`);
    this.addSql(`insert into ticket_counts (${KEY}, tickets) select ${KEY}, count(*) from tickets group by ${KEY}`);
    for (const statement of postgres ? postgresTriggers() : sqliteTriggers()) this.addSql(statement);
  }
}

/** Statement-level: +1 for every new row, -1 for every old row, netted per cell; cells in key order (no deadlock between two writers). */
function postgresTriggers(): string[] {
  const counted = (rows: string, sign: number) => `select ${KEY}, ${sign} as n from ${rows}`;
  const apply = (changes: string) =>
    `insert into ticket_counts as c (${KEY}, tickets)
       select ${KEY}, sum(n) from (${changes}) d group by ${KEY} having sum(n) <> 0 order by ${KEY}
       on conflict (${KEY}) do update set tickets = c.tickets + excluded.tickets;`;
  return [
    `create function ticket_counts_count() returns trigger language plpgsql as $$
     begin
       if tg_op = 'INSERT' then ${apply(counted('new_rows', 1))}
       elsif tg_op = 'DELETE' then ${apply(counted('old_rows', -1))}
       else ${apply(`${counted('new_rows', 1)} union all ${counted('old_rows', -1)}`)}
       end if;
       return null;
     end $$`,
    'create trigger ticket_counts_insert after insert on tickets referencing new table as new_rows for each statement execute function ticket_counts_count()',
    'create trigger ticket_counts_update after update on tickets referencing old table as old_rows new table as new_rows for each statement execute function ticket_counts_count()',
    'create trigger ticket_counts_delete after delete on tickets referencing old table as old_rows for each statement execute function ticket_counts_count()',
    `create function ticket_counts_clear() returns trigger language plpgsql as $$ begin delete from ticket_counts; return null; end $$`,
    'create trigger ticket_counts_truncate after truncate on tickets for each statement execute function ticket_counts_clear()',
  ];
}

/** Row-level: the old row leaves its cell, the new one joins its cell. */
function sqliteTriggers(): string[] {
  const add = (row: 'new.' | 'old.', sign: number) =>
    `insert into ticket_counts (${KEY}, tickets) values (${row}status, ${row}criticality, ${row}support_level, ${row}category, ${sign})
     on conflict (${KEY}) do update set tickets = tickets + excluded.tickets;`;
  const trigger = (name: string, event: string, row: 'new.' | 'old.', sign: number) => `create trigger ${name} after ${event} on tickets for each row begin ${add(row, sign)} end`;
  return [
    trigger('ticket_counts_insert', 'insert', 'new.', 1),
    trigger('ticket_counts_delete', 'delete', 'old.', -1),
    trigger('ticket_counts_update_old', `update of ${COUNTED_COLUMNS}`, 'old.', -1),
    trigger('ticket_counts_update_new', `update of ${COUNTED_COLUMNS}`, 'new.', 1),
  ];
}
