import { Migration } from '@mikro-orm/migrations';

/**
 * #17 e-mail storm: every inbound message looks its sender up among the
 * contact persons by e-mail (ID-1, mail-identification.ts senderRecords; a
 * reply twice). Without an index that is a scan of every contact of every
 * customer — at a vendor's scale tens of thousands of rows per message.
 * Knex-built: valid on PostgreSQL and SQLite.
 */
export class Migration20261207160000_contact_email_index extends Migration {
  override up(): void {
    const statements = this.getKnex()
      .schema.alterTable('contacts', (t) => t.index(['email'], 'contacts_email_idx'))
      .toSQL();
    for (const statement of statements) this.addSql(statement.sql);
  }
}
