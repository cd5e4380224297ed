import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/**
 * Two-factor sign-in (#15): each user's TOTP secret (encrypted) and the last step used, single-use recovery
 * codes stored as SHA-256 hashes, and the one row of desk-wide security settings (whether staff must use a
 * second factor), created off. Knex-built: valid on PostgreSQL and SQLite.
 */
export class Migration20261207104200_two_factor extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const statements: { toSQL(): Knex.Sql | Knex.Sql[] }[] = [
      knex.schema.createTable('user_two_factor', (t) => {
        t.integer('user_id').unsigned().primary().references('users.id').onDelete('cascade');
        t.text('secret').nullable();
        t.text('pending_secret').nullable();
        t.timestamp('enabled_at', { useTz: true }).nullable();
        t.integer('last_used_step').nullable();
        t.timestamp('updated_at', { useTz: true }).notNullable();
      }),
      knex.schema.createTable('two_factor_recovery_codes', (t) => {
        t.increments('id');
        t.integer('user_id').unsigned().notNullable().references('users.id').onDelete('cascade');
        t.string('code_hash', 64).notNullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('used_at', { useTz: true }).nullable();
        t.index(['user_id', 'code_hash'], 'two_factor_recovery_codes_user_idx');
      }),
      knex.schema.createTable('security_settings', (t) => {
        t.integer('id').primary();
        t.boolean('staff_two_factor_required').notNullable().defaultTo(false);
        t.timestamp('updated_at', { useTz: true }).nullable();
      }),
      knex('security_settings').insert({ id: 1, staff_two_factor_required: false }),
    ];
    for (const statement of statements.flatMap((s) => [s.toSQL()].flat())) {
      this.addSql(knex.raw(statement.sql, statement.bindings ?? []).toQuery());
    }
  }
}
