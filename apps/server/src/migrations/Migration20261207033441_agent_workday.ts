import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';
import { dialectOf } from './dialect.js';

/**
 * The agent's and team lead's working day (#13): views ("My work" by status,
 * saved views), ticket search, staff notifications with their off-app
 * delivery, and the cluster-wide version of every ticket change that the
 * views' live stream numbers its events with. Knex-built: valid on PostgreSQL
 * and SQLite; the full-text index is the one dialect-specific part.
 *
 * Search: `ticket_search_documents` holds each ticket's searchable text in
 * four parts (title: number and subject; party: organization, contact,
 * contract identifier; body: description and the messages customers see;
 * internal: internal notes, for staff only), kept in step by the application
 * in the transaction of every ticket change.
 * - PostgreSQL: two generated tsvector columns with the `russian`
 *   configuration (public: title A, party B, body C; staff: the same plus
 *   internal D), GIN-indexed.
 * - SQLite: the FTS5 table `ticket_search_fts` (rowid = ticket id) with the
 *   words stemmed by the application exactly as PostgreSQL's `russian`
 *   configuration does (common/search-terms.ts).
 */
export class Migration20261207033441_agent_workday extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const schema = () => knex.schema;
    const statements: Knex.SchemaBuilder[] = [
      schema().alterTable('tickets', (t) => {
        // "Answered by the customer": set by the customer's answer, cleared by the agent's next reply.
        t.timestamp('customer_answered_at', { useTz: true }).nullable();
      }),
      schema().alterTable('tickets', (t) => {
        // My work by status, the escalated and unassigned views, each counted on every change.
        t.index(['assignee_id', 'status', 'customer_answered_at'], 'tickets_my_work_idx');
        t.index(['status', 'escalation_level'], 'tickets_escalated_idx');
        t.index(['status', 'updated_at', 'id'], 'tickets_status_updated_idx');
      }),
      schema().alterTable('queue_state', (t) => {
        // Every ticket change gets the next one (the views' stream); queue `version` stays the queue's own.
        t.bigInteger('change_version').notNullable().defaultTo(0);
      }),
      schema().alterTable('outbox_messages', (t) => {
        // A staff member's off-app notification (e-mail or Telegram) rather than a customer's.
        t.integer('user_id').unsigned().nullable();
        t.index(['user_id', 'created_at'], 'outbox_messages_user_idx');
      }),
      schema().createTable('saved_views', (t) => {
        t.increments('id');
        t.integer('owner_id').unsigned().notNullable().references('users.id').onDelete('cascade');
        t.string('name', 100).notNullable();
        t.json('filter').notNullable();
        t.string('sort', 30).notNullable();
        t.integer('position').notNullable().defaultTo(0);
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('updated_at', { useTz: true }).notNullable();
        t.index(['owner_id', 'position']);
      }),
      schema().createTable('staff_notifications', (t) => {
        t.increments('id');
        t.integer('user_id').unsigned().notNullable().references('users.id').onDelete('cascade');
        t.string('kind', 30).notNullable();
        t.integer('ticket_id').unsigned().nullable().references('tickets.id').onDelete('cascade');
        t.text('text').notNullable();
        t.json('data').nullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('read_at', { useTz: true }).nullable();
        // Off-app delivery: NONE (in-app only), WAITING (until off_app_due_at: service or quiet hours), QUEUED (in the outbox).
        t.string('off_app_status', 10).notNullable().defaultTo('NONE');
        t.json('off_app_channels').nullable();
        t.timestamp('off_app_due_at', { useTz: true }).nullable();
        t.index(['user_id', 'created_at', 'id'], 'staff_notifications_user_idx');
        t.index(['user_id', 'read_at'], 'staff_notifications_unread_idx');
        t.index(['off_app_status', 'off_app_due_at'], 'staff_notifications_off_app_idx');
      }),
      schema().createTable('staff_notification_settings', (t) => {
        t.integer('user_id').unsigned().primary().references('users.id').onDelete('cascade');
        t.json('channels').notNullable();
        t.integer('quiet_from_minute').nullable();
        t.integer('quiet_until_minute').nullable();
        t.string('telegram_chat_id', 32).nullable();
        t.string('telegram_link_code_hash', 64).nullable();
        t.timestamp('telegram_link_expires_at', { useTz: true }).nullable();
        t.timestamp('updated_at', { useTz: true }).notNullable();
        t.unique(['telegram_link_code_hash'], { indexName: 'staff_settings_link_code_unique' });
      }),
      schema().createTable('ticket_search_documents', (t) => {
        t.integer('ticket_id').unsigned().primary().references('tickets.id').onDelete('cascade');
        t.integer('organization_id').unsigned().notNullable();
        t.text('title_text').notNullable();
        t.text('party_text').notNullable();
        t.text('body_text').notNullable();
        t.text('internal_text').notNullable();
        t.timestamp('indexed_at', { useTz: true }).notNullable();
        t.index(['organization_id']);
      }),
    ];
    for (const builder of statements) {
      for (const statement of builder.toSQL()) this.addSql(statement.sql);
    }

    const dialect = dialectOf(knex);
    if (dialect === 'postgresql') {
      const part = (column: string, weight: string) => `setweight(to_tsvector('russian'::regconfig, ${column}), '${weight}')`;
      const publicVector = `${part('title_text', 'A')} || ${part('party_text', 'B')} || ${part('body_text', 'C')}`;
      this.addSql(`alter table ticket_search_documents add column public_vector tsvector generated always as (${publicVector}) stored`);
      this.addSql(
        `alter table ticket_search_documents add column staff_vector tsvector generated always as (${publicVector} || ${part('internal_text', 'D')}) stored`,
      );
      this.addSql('create index ticket_search_public_idx on ticket_search_documents using gin (public_vector)');
      this.addSql('create index ticket_search_staff_idx on ticket_search_documents using gin (staff_vector)');
    } else if (dialect.includes('sqlite')) {
      this.addSql(`create virtual table ticket_search_fts using fts5(title, party, body, internal, tokenize = 'unicode61 remove_diacritics 0')`);
    } else {
      throw new Error(`Ticket search has no implementation for the ${dialect} database`);
    }
  }
}

