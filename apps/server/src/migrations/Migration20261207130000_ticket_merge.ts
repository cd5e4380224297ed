import { Migration } from '@mikro-orm/migrations';

/**
 * #19: a duplicate merged into another ticket of the same organization points
 * at the ticket that carries on (`merged_into_id`), so the closed duplicate
 * links to it and the survivor finds what was merged into it (the index). No
 * foreign key: SQLite cannot add one to an existing table; the link is only read.
 */
export class Migration20261207130000_ticket_merge extends Migration {
  override up(): void {
    const alter = this.getKnex().schema.alterTable('tickets', (t) => {
      t.integer('merged_into_id').nullable();
      t.index(['merged_into_id'], 'tickets_merged_into_idx');
    });
    for (const statement of alter.toSQL()) this.addSql(statement.sql);
  }
}
