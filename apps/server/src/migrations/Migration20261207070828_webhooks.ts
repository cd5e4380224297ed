import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/**
 * Outbound webhooks (#18): an organization's endpoints, the delivery log of
 * each, and the outbox rows that carry their messages (channel WEBHOOK).
 * Knex-built: valid on PostgreSQL and SQLite. Like `user_id` before it, the
 * outbox's endpoint column has no foreign key: SQLite cannot add one to an
 * existing table, and deleting an endpoint deletes its messages explicitly.
 */
export class Migration20261207070828_webhooks extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const schema = () => knex.schema;
    const statements: Knex.SchemaBuilder[] = [
      schema().createTable('webhook_endpoints', (t) => {
        t.increments('id');
        t.integer('organization_id').unsigned().notNullable().references('organizations.id').onDelete('cascade');
        t.string('url', 300).notNullable();
        t.string('description', 200).nullable();
        t.json('events').notNullable();
        t.string('secret', 100).notNullable();
        t.boolean('enabled').notNullable().defaultTo(true);
        t.integer('consecutive_failures').notNullable().defaultTo(0);
        t.timestamp('disabled_at', { useTz: true }).nullable();
        t.text('disabled_reason').nullable();
        t.integer('created_by_id').unsigned().nullable().references('users.id').onDelete('set null');
        t.timestamp('created_at', { useTz: true }).notNullable();
        // The change reaction looks up the enabled endpoints of a ticket's organization on every change.
        t.index(['organization_id', 'enabled']);
      }),
      schema().createTable('webhook_deliveries', (t) => {
        t.increments('id');
        t.integer('endpoint_id').unsigned().notNullable().references('webhook_endpoints.id').onDelete('cascade');
        t.integer('outbox_message_id').notNullable();
        t.string('webhook_id', 60).notNullable();
        t.string('event_type', 60).notNullable();
        t.integer('attempt').notNullable();
        t.integer('status_code').nullable();
        t.integer('latency_ms').notNullable();
        t.boolean('success').notNullable();
        t.text('error').nullable();
        t.timestamp('at', { useTz: true }).notNullable();
        // An endpoint's log, newest first.
        t.index(['endpoint_id', 'id']);
      }),
      schema().alterTable('outbox_messages', (t) => {
        t.integer('webhook_endpoint_id').unsigned().nullable();
        t.index(['webhook_endpoint_id', 'status'], 'outbox_messages_webhook_idx');
      }),
    ];
    for (const builder of statements) {
      for (const statement of builder.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []).toQuery());
    }
  }
}
