import { Migration } from '@mikro-orm/migrations';

/** Text modules (#19): the team's (shared) and each staff member's own reply templates. Knex-built: PostgreSQL and SQLite. */
export class Migration20261207063000_reply_templates extends Migration {
  override up(): void {
    const builder = this.getKnex().schema.createTable('reply_templates', (t) => {
      t.increments('id');
      t.string('title', 120).notNullable();
      t.text('body_ru').notNullable();
      t.text('body_en').nullable();
      t.boolean('shared').notNullable();
      t.integer('owner_id').unsigned().notNullable().references('users.id').onDelete('cascade');
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
      // The composer's list: the team's and the caller's own.
      t.index(['shared', 'title'], 'reply_templates_shared_idx');
      t.index(['owner_id', 'shared'], 'reply_templates_owner_idx');
    });
    for (const statement of builder.toSQL()) this.addSql(statement.sql);
  }
}
