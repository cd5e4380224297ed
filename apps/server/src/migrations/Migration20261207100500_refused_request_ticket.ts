import { Migration } from '@mikro-orm/migrations';

/**
 * #12: a refused request (ID-1, ID-2) that staff registered as a ticket once
 * the customer was identified points to that ticket (`ticket_id`), and says
 * when (`registered_at`); it no longer waits for follow-up. No foreign key:
 * SQLite cannot add one to an existing table, and the link is only read.
 */
export class Migration20261207100500_refused_request_ticket extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const alter = knex.schema.alterTable('refused_requests', (t) => {
      t.integer('ticket_id').nullable();
      t.timestamp('registered_at', { useTz: true }).nullable();
      t.index(['ticket_id'], 'refused_requests_ticket_idx');
    });
    for (const statement of alter.toSQL()) this.addSql(statement.sql);
  }
}
