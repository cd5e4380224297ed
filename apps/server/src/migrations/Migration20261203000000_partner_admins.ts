import { Migration } from '@mikro-orm/migrations';

/**
 * The partner's own admin (issue: channels and partner access): only an admin
 * of the partner organization manages its API tokens. Partner users that exist
 * already managed them, so they keep that right. Knex-built: valid on
 * PostgreSQL and SQLite.
 */
export class Migration20261203000000_partner_admins extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const statements = [
      ...knex.schema.alterTable('users', (t) => {
        t.boolean('organization_admin').notNullable().defaultTo(false);
      }).toSQL(),
      ...[knex('users').where({ role: 'PARTNER' }).update({ organization_admin: true }).toSQL()],
    ];
    for (const statement of statements) this.addSql(knex.raw(statement.sql, statement.bindings ?? []).toQuery());
  }
}
