import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/**
 * Organizations and contracts administration (#12): a contract carries several
 * identifiers (unique across contracts) and covers several products; its
 * history (creation, edits, renewals, level changes, termination) is kept.
 * Existing contracts keep their one identifier and product, copied into the
 * new tables. Knex-built: valid on PostgreSQL and SQLite.
 */
export class Migration20261207063006_contracts_admin extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const schema = () => knex.schema;
    const add = (builder: Knex.SchemaBuilder) => {
      for (const statement of builder.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []).toQuery());
    };
    const statements: (Knex.SchemaBuilder | string)[] = [
      schema().createTable('contract_identifiers', (t) => {
        t.increments('id');
        t.integer('contract_id').unsigned().notNullable().references('support_contracts.id').onDelete('cascade');
        t.string('identifier', 100).notNullable();
        // Requests are matched on it (ID-2); unique across every contract.
        t.string('normalized_identifier', 100).notNullable().unique();
        t.string('kind', 30).notNullable();
        t.index(['contract_id'], 'contract_identifiers_contract_idx');
      }),
      'insert into contract_identifiers (contract_id, identifier, normalized_identifier, kind) ' +
        'select id, identifier, normalized_identifier, identifier_kind from support_contracts',
      schema().createTable('contract_products', (t) => {
        t.integer('contract_id').unsigned().notNullable().references('support_contracts.id').onDelete('cascade');
        t.integer('product_id').unsigned().notNullable().references('products.id');
        t.primary(['contract_id', 'product_id']);
        t.index(['product_id'], 'contract_products_product_idx');
      }),
      'insert into contract_products (contract_id, product_id) select id, product_id from support_contracts',
      schema().alterTable('support_contracts', (t) => {
        t.timestamp('terminated_at', { useTz: true }).nullable();
      }),
      schema().createTable('contract_events', (t) => {
        t.increments('id');
        t.integer('contract_id').unsigned().notNullable().references('support_contracts.id').onDelete('cascade');
        t.timestamp('at', { useTz: true }).notNullable();
        t.string('kind', 20).notNullable();
        t.integer('actor_id').unsigned().nullable().references('users.id');
        t.json('before').nullable();
        t.json('after').notNullable();
        t.index(['contract_id', 'at'], 'contract_events_contract_idx');
      }),
      schema().alterTable('organizations', (t) => {
        // The admins' directory lists organizations by kind and name.
        t.index(['kind', 'name'], 'organizations_kind_name_idx');
      }),
    ];
    for (const statement of statements) {
      if (typeof statement === 'string') this.addSql(statement);
      else add(statement);
    }
  }
}
