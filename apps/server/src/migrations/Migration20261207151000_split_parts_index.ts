import { Migration } from '@mikro-orm/migrations';

/**
 * The ticket page over a million tickets (#17): `Ticket.splitParts` finds the
 * parts of a ticket by `split_from_id`, which had no index, so every ticket
 * page read the whole tickets table (PostgreSQL walked the primary key
 * filtering a million rows). The same index serves the embedded database.
 */
export class Migration20261207151000_split_parts_index extends Migration {
  override up(): void {
    const statements = this.getKnex()
      .schema.alterTable('tickets', (t) => t.index(['split_from_id'], 'tickets_split_from_idx'))
      .toSQL();
    for (const statement of statements) this.addSql(statement.sql);
  }
}
