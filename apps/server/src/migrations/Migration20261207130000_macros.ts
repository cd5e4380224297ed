import { Migration } from '@mikro-orm/migrations';

/** Macros (#19): a reply template, a status change and an assignment applied together. Knex-built: PostgreSQL and SQLite. */
export class Migration20261207130000_macros extends Migration {
  override up(): void {
    const builder = this.getKnex().schema.createTable('macros', (t) => {
      t.increments('id');
      t.string('name', 120).notNullable();
      t.boolean('shared').notNullable();
      t.integer('owner_id').unsigned().notNullable().references('users.id').onDelete('cascade');
      t.integer('reply_template_id').unsigned().nullable().references('reply_templates.id').onDelete('set null');
      t.string('reply_kind', 40).nullable();
      t.string('target_status', 40).nullable();
      t.string('resolution', 40).nullable();
      t.string('assignment', 20).nullable();
      t.integer('assignee_id').unsigned().nullable().references('users.id').onDelete('set null');
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
      // The ticket page's list: the team's and the caller's own, by name.
      t.index(['shared', 'name'], 'macros_shared_idx');
      t.index(['owner_id', 'shared'], 'macros_owner_idx');
      t.index(['reply_template_id'], 'macros_reply_template_idx');
      t.index(['assignee_id'], 'macros_assignee_idx');
    });
    for (const statement of builder.toSQL()) this.addSql(statement.sql);
  }
}
