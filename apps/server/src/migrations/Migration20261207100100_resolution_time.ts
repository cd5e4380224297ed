import { Migration } from '@mikro-orm/migrations';

/**
 * Resolution time (#14): `tickets.resolution_seconds`, the service time from
 * arrival to close with the waits for the customer excluded, measured when a
 * ticket closes; indexed with `closed_at` for the report by period. Tickets
 * closed before this release stay unmeasured (null): their service hours and
 * pauses are not replayed here, and the report counts measured tickets only.
 */
export class Migration20261207100100_resolution_time extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const alter = knex.schema.alterTable('tickets', (t) => {
      t.integer('resolution_seconds').nullable();
      t.index(['closed_at', 'resolution_seconds'], 'tickets_resolution_report_idx');
    });
    for (const statement of alter.toSQL()) this.addSql(statement.sql);
  }
}
