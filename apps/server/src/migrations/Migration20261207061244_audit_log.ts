import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';
import { dialectOf } from './dialect.js';

/**
 * The audit log (#12): append-only record of administrative and security
 * events. Knex-built table, valid on PostgreSQL and SQLite; the triggers that
 * refuse UPDATE and DELETE are the dialect-specific part, so even a bug (or a
 * later API) cannot rewrite history through the application's connection.
 */
export class Migration20261207061244_audit_log extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const table: Knex.SchemaBuilder = knex.schema.createTable('audit_log', (t) => {
      t.increments('id');
      t.timestamp('at', { useTz: true }).notNullable();
      t.string('kind', 40).notNullable();
      t.integer('actor_id').unsigned().nullable().references('users.id');
      t.string('actor_email', 320).nullable();
      t.string('object_type', 40).nullable();
      t.string('object_id', 100).nullable();
      t.text('summary').notNullable();
      t.json('before').nullable();
      t.json('after').nullable();
      t.string('ip', 64).nullable();
      t.string('user_agent', 500).nullable();
      // The admins' filters: newest first, by actor, by kind, by object, each within a period.
      t.index(['at', 'id'], 'audit_log_at_idx');
      t.index(['actor_id', 'at'], 'audit_log_actor_idx');
      t.index(['kind', 'at'], 'audit_log_kind_idx');
      t.index(['object_type', 'object_id', 'at'], 'audit_log_object_idx');
    });
    for (const statement of table.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []).toQuery());

    const dialect = dialectOf(knex);
    if (dialect.includes('postgres')) {
      this.addSql(
        `create function audit_log_append_only() returns trigger language plpgsql as $$ ` +
          `begin raise exception 'audit_log is append-only'; end $$`,
      );
      this.addSql('create trigger audit_log_no_update before update or delete on audit_log for each row execute function audit_log_append_only()');
    } else if (dialect.includes('sqlite')) {
      this.addSql(`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end`);
      this.addSql(`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'audit_log is append-only'); end`);
    } else {
      throw new Error(`The audit log has no append-only guard for the ${dialect} database`);
    }
  }
}
