import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/**
 * Accounts (#12): invitations and password resets as one-time links whose
 * tokens are stored only as SHA-256 hashes, and a per-user session version
 * that every sign-in token carries, so deactivation or a new password ends
 * every session at once. Knex-built: valid on PostgreSQL and SQLite.
 */
export class Migration20261207060248_accounts extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const schema = () => knex.schema;
    const statements: Knex.SchemaBuilder[] = [
      schema().alterTable('users', (t) => {
        t.integer('session_version').notNullable().defaultTo(0);
        // The admins' users listing filters by role and state.
        t.index(['role', 'active'], 'users_role_active_idx');
      }),
      schema().createTable('invitations', (t) => {
        t.increments('id');
        t.string('email', 320).notNullable();
        t.string('full_name', 300).notNullable();
        t.string('role', 20).notNullable();
        t.integer('organization_id').unsigned().nullable().references('organizations.id');
        t.boolean('organization_admin').notNullable().defaultTo(false);
        t.string('token_hash', 64).notNullable().unique();
        t.integer('invited_by_id').unsigned().nullable().references('users.id');
        t.integer('user_id').unsigned().nullable().references('users.id');
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('expires_at', { useTz: true }).notNullable();
        t.timestamp('accepted_at', { useTz: true }).nullable();
        t.timestamp('revoked_at', { useTz: true }).nullable();
        t.index(['email'], 'invitations_email_idx');
        t.index(['organization_id', 'created_at'], 'invitations_organization_idx');
      }),
      schema().createTable('password_resets', (t) => {
        t.increments('id');
        t.integer('user_id').unsigned().notNullable().references('users.id').onDelete('cascade');
        t.string('token_hash', 64).notNullable().unique();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('expires_at', { useTz: true }).notNullable();
        t.timestamp('used_at', { useTz: true }).nullable();
        t.index(['user_id'], 'password_resets_user_idx');
      }),
    ];
    for (const statement of statements.flatMap((s) => s.toSQL())) {
      this.addSql(knex.raw(statement.sql, statement.bindings ?? []).toQuery());
    }
  }
}
