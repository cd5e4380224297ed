import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/**
 * Written with knex's schema builder rather than raw SQL so the one migration
 * produces correct DDL for both PostgreSQL and the embedded SQLite.
 */
export class Migration20261124000000_initial extends Migration {
  override up(): void {
    // A fresh builder per table: one knex SchemaBuilder accumulates every statement chained on it.
    const schema = () => this.getKnex().schema;
    const tables: Knex.SchemaBuilder[] = [
      schema().createTable('organizations', (t) => {
        t.increments('id');
        t.string('name', 300).notNullable();
        t.string('normalized_name', 300).notNullable().unique();
        t.string('kind', 20).notNullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
      }),
      schema().createTable('partner_customers', (t) => {
        t.integer('partner_id').unsigned().notNullable().references('organizations.id').onDelete('cascade');
        t.integer('customer_id').unsigned().notNullable().references('organizations.id').onDelete('cascade');
        t.primary(['partner_id', 'customer_id']);
        t.index(['customer_id']);
      }),
      schema().createTable('users', (t) => {
        t.increments('id');
        t.string('email', 320).notNullable().unique();
        t.string('password_hash', 200).notNullable();
        t.string('full_name', 300).notNullable();
        t.string('role', 20).notNullable();
        t.integer('organization_id').unsigned().nullable().references('organizations.id');
        t.boolean('active').notNullable().defaultTo(true);
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.index(['organization_id']);
      }),
      schema().createTable('contacts', (t) => {
        t.increments('id');
        t.integer('organization_id').unsigned().notNullable().references('organizations.id');
        t.string('full_name', 300).notNullable();
        t.string('position', 300).notNullable();
        t.string('phone', 50).notNullable();
        t.string('email', 320).nullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.index(['organization_id', 'phone']);
      }),
      schema().createTable('products', (t) => {
        t.increments('id');
        t.string('name', 200).notNullable().unique();
        t.string('kind', 20).notNullable();
      }),
      schema().createTable('support_contracts', (t) => {
        t.increments('id');
        t.integer('organization_id').unsigned().notNullable().references('organizations.id');
        t.integer('product_id').unsigned().notNullable().references('products.id');
        t.string('identifier', 100).notNullable();
        t.string('normalized_identifier', 100).notNullable().unique();
        t.string('identifier_kind', 30).notNullable();
        t.string('support_level', 20).notNullable();
        t.string('valid_from', 10).notNullable();
        t.string('valid_until', 10).notNullable();
        t.index(['organization_id']);
      }),
      schema().createTable('tickets', (t) => {
        t.increments('id');
        t.string('subject', 500).notNullable();
        t.text('description').notNullable();
        t.string('category', 40).notNullable();
        t.string('criticality', 20).notNullable();
        t.string('support_level', 20).notNullable();
        t.smallint('priority').notNullable();
        t.string('status', 30).notNullable();
        t.string('channel', 20).notNullable();
        t.timestamp('received_at', { useTz: true }).notNullable();
        t.timestamp('response_due_at', { useTz: true }).notNullable();
        t.timestamp('at_risk_at', { useTz: true }).notNullable();
        t.timestamp('responded_at', { useTz: true }).nullable();
        t.string('sla_outcome', 20).nullable();
        t.integer('escalation_level').notNullable().defaultTo(0);
        t.string('rejection_reason', 40).nullable();
        t.integer('organization_id').unsigned().notNullable().references('organizations.id');
        t.integer('contract_id').unsigned().notNullable().references('support_contracts.id');
        t.integer('contact_id').unsigned().notNullable().references('contacts.id');
        t.integer('assignee_id').unsigned().nullable().references('users.id');
        t.integer('created_by_id').unsigned().nullable().references('users.id');
        t.string('product_version', 100).nullable();
        t.string('build_number', 100).nullable();
        t.string('os_version', 200).nullable();
        t.string('os_bitness', 10).nullable();
        t.string('hardware_model', 200).nullable();
        t.string('boot_mode', 10).nullable();
        t.text('installed_software').nullable();
        t.timestamp('expected_resolution_at', { useTz: true }).nullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('updated_at', { useTz: true }).notNullable();
        t.integer('version').notNullable().defaultTo(1);
        // SLA-6 queue order, paged by the database (ARCHITECTURE "Queue order").
        t.index(['status', 'priority', 'response_due_at', 'received_at', 'id'], 'tickets_queue_order_idx');
        t.index(['organization_id', 'received_at'], 'tickets_organization_received_idx');
        t.index(['assignee_id', 'status'], 'tickets_assignee_status_idx');
        t.index(['received_at', 'id'], 'tickets_received_idx');
      }),
      schema().createTable('timeline_entries', (t) => {
        t.increments('id');
        t.integer('ticket_id').unsigned().notNullable().references('tickets.id').onDelete('cascade');
        t.string('kind', 40).notNullable();
        t.timestamp('at', { useTz: true }).notNullable();
        t.integer('actor_id').unsigned().nullable().references('users.id');
        t.text('summary').notNullable();
        t.json('data').nullable();
        t.index(['ticket_id', 'at']);
      }),
      schema().createTable('calendar_days', (t) => {
        t.string('date', 10).primary();
        t.boolean('working').notNullable();
        t.boolean('shortened').notNullable().defaultTo(false);
        t.string('note', 300).nullable();
      }),
      schema().createTable('outbox_messages', (t) => {
        t.increments('id');
        t.integer('ticket_id').unsigned().nullable().references('tickets.id').onDelete('cascade');
        t.string('kind', 40).notNullable();
        t.string('channel', 20).notNullable();
        t.string('recipient', 320).notNullable();
        t.string('subject', 500).notNullable();
        t.text('body').notNullable();
        t.string('status', 20).notNullable();
        t.integer('attempts').notNullable().defaultTo(0);
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('next_attempt_at', { useTz: true }).notNullable();
        t.timestamp('sent_at', { useTz: true }).nullable();
        t.text('last_error').nullable();
        t.index(['status', 'next_attempt_at']);
        t.index(['ticket_id']);
      }),
      schema().createTable('refused_requests', (t) => {
        t.increments('id');
        t.timestamp('at', { useTz: true }).notNullable();
        t.string('channel', 20).nullable();
        t.integer('submitted_by_id').unsigned().nullable().references('users.id');
        t.text('reason').notNullable();
        t.json('payload').notNullable();
        t.index(['at']);
      }),
    ];
    for (const table of tables) {
      for (const statement of table.toSQL()) this.addSql(statement.sql);
    }
  }
}
