import { Migration } from '@mikro-orm/migrations';

/** Satisfaction (#19): the customer's one rating of a closed ticket. Knex-built: valid on PostgreSQL and SQLite. */
export class Migration20261207071104_ticket_ratings extends Migration {
  override up(): void {
    const builder = this.getKnex().schema.createTable('ticket_ratings', (t) => {
      t.increments('id');
      t.integer('ticket_id').unsigned().notNullable().references('tickets.id').onDelete('cascade');
      t.integer('score').notNullable();
      t.string('comment', 2000).nullable();
      t.integer('rated_by_id').unsigned().notNullable().references('users.id');
      t.timestamp('rated_at', { useTz: true }).notNullable();
      t.unique(['ticket_id'], { indexName: 'ticket_ratings_ticket_unique' });
      // The satisfaction report reads a period.
      t.index(['rated_at'], 'ticket_ratings_rated_at_idx');
    });
    for (const statement of builder.toSQL()) this.addSql(statement.sql);
  }
}
