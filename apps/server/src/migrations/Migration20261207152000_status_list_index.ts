import { Migration } from '@mikro-orm/migrations';

/**
 * `tickets(filter: { statuses })` over a million tickets (#17): the list is
 * newest first, and with no index led by the status PostgreSQL walked
 * `tickets_received_idx` from the newest ticket, stepping over every newer
 * ticket of another status — 100 000 open ones before the first CLOSED at a
 * vendor's scale (340 ms against 73 ms at ten thousand tickets). Led by the
 * status, ordered as the list: one index range per status. Both databases.
 */
export class Migration20261207152000_status_list_index extends Migration {
  override up(): void {
    const statements = this.getKnex()
      .schema.alterTable('tickets', (t) => t.index(['status', 'received_at', 'id'], 'tickets_status_received_idx'))
      .toSQL();
    for (const statement of statements) this.addSql(statement.sql);
  }
}
