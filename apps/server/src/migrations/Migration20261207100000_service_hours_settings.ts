import { Migration } from '@mikro-orm/migrations';

/**
 * Service hours per level as versioned data (#14, LVL-2): each row is one
 * level's hours in force from `effective_from`, set by an admin; none for a
 * level means its default (BASIC: SERVICE_HOURS_BASIC, else the agreement's
 * 09:00–18:00; EXTENDED: 24×7). Rows are only ever added.
 */
export class Migration20261207100000_service_hours_settings extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const table = knex.schema.createTable('service_hours_settings', (t) => {
      t.increments('id');
      t.string('support_level', 10).notNullable();
      t.string('periods', 200).nullable();
      t.timestamp('effective_from', { useTz: true }).notNullable();
      t.integer('changed_by_id').unsigned().nullable().references('users.id');
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.index(['support_level', 'effective_from', 'id'], 'service_hours_settings_level_idx');
    });
    for (const statement of table.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []).toQuery());
  }
}
