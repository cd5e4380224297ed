import { Migration } from '@mikro-orm/migrations';

/** Partner API tokens (issue: channels and partner access). Knex-built: valid on PostgreSQL and SQLite. */
export class Migration20261124030000_api_tokens extends Migration {
  override up(): void {
    const builder = this.getKnex().schema.createTable('api_tokens', (t) => {
      t.increments('id');
      t.integer('user_id').unsigned().notNullable().references('users.id');
      t.string('name', 200).notNullable();
      t.string('secret_hash', 64).notNullable();
      t.integer('rate_limit_per_minute').notNullable();
      t.integer('created_by_id').unsigned().notNullable().references('users.id');
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.timestamp('revoked_at', { useTz: true }).nullable();
      t.timestamp('last_used_at', { useTz: true }).nullable();
      t.index(['user_id']);
    });
    for (const statement of builder.toSQL()) this.addSql(statement.sql);
  }
}
