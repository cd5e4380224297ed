import { Migration } from '@mikro-orm/migrations';

/** The allow-list of partner API tokens and the desk-wide settings that switch it on (#18). Knex-built: PostgreSQL and SQLite. */
export class Migration20261207100000_persisted_operations extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const operations = knex.schema.createTable('persisted_operations', (t) => {
      t.increments('id');
      t.string('name', 120).notNullable().unique('persisted_operations_name_unique');
      t.text('document').notNullable();
      t.string('sha256', 64).notNullable().unique('persisted_operations_sha256_unique');
      t.timestamp('created_at', { useTz: true }).notNullable();
    });
    const settings = knex.schema.createTable('desk_settings', (t) => {
      t.string('key', 80).primary();
      t.json('value').notNullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
    });
    for (const statement of [...operations.toSQL(), ...settings.toSQL()]) this.addSql(statement.sql);
  }
}
