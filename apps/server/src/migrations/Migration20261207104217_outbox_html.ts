import { Migration } from '@mikro-orm/migrations';

/**
 * E-mail customers want to read (#18): an outbox message keeps the HTML part
 * of its e-mail beside the plain-text `body`, rendered when the message is
 * written (with the facts of that moment), so a retry sends the same mail.
 * Null for older messages and for channels without HTML: they stay plain text.
 */
export class Migration20261207104217_outbox_html extends Migration {
  override up(): void {
    const knex = this.getKnex();
    for (const statement of knex.schema.alterTable('outbox_messages', (t) => t.text('html').nullable()).toSQL()) this.addSql(statement.sql);
  }
}
