import { Migration } from '@mikro-orm/migrations';

/** Intake channels (LVL-5): inbound e-mail and the Telegram bot. Knex-built: valid on PostgreSQL and SQLite. */
export class Migration20261124040000_channels extends Migration {
  override up(): void {
    const schema = () => this.getKnex().schema;
    const statements = [
      schema().createTable('inbound_mails', (t) => {
        t.increments('id');
        t.string('message_key', 64).notNullable().unique();
        t.text('message_id').nullable();
        t.timestamp('received_at', { useTz: true }).notNullable();
        t.string('sender', 320).nullable();
        t.string('subject', 500).notNullable();
        t.string('status', 20).notNullable();
        t.integer('ticket_id').unsigned().nullable().references('tickets.id').onDelete('set null');
        t.integer('refused_request_id').unsigned().nullable().references('refused_requests.id').onDelete('set null');
        t.integer('auto_reply_id').unsigned().nullable().references('outbox_messages.id').onDelete('set null');
        t.integer('follows_id').unsigned().nullable().references('inbound_mails.id').onDelete('set null');
        t.text('detail').nullable();
        t.text('body_text').nullable();
        t.binary('raw').nullable();
        t.integer('size').notNullable();
        t.integer('attachment_count').notNullable().defaultTo(0);
        t.timestamp('lease_until', { useTz: true }).nullable();
        t.timestamp('processed_at', { useTz: true }).nullable();
        t.index(['status', 'received_at']);
        t.index(['sender', 'received_at']);
        t.index(['auto_reply_id']);
      }),
      schema().createTable('telegram_chats', (t) => {
        t.increments('id');
        t.string('chat_id', 32).notNullable().unique();
        t.integer('contact_id').unsigned().nullable().references('contacts.id').onDelete('set null');
        t.integer('contract_id').unsigned().nullable().references('support_contracts.id').onDelete('set null');
        t.string('state', 40).notNullable().defaultTo('IDLE');
        t.json('draft').nullable();
        t.string('display_name', 300).nullable();
        t.timestamp('bound_at', { useTz: true }).nullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('updated_at', { useTz: true }).notNullable();
        t.integer('version').notNullable().defaultTo(1);
        t.index(['contact_id']);
      }),
      schema().createTable('telegram_updates', (t) => {
        t.bigInteger('update_id').primary();
        t.timestamp('received_at', { useTz: true }).notNullable();
        t.index(['received_at']);
      }),
    ];
    for (const builder of statements) {
      for (const statement of builder.toSQL()) this.addSql(statement.sql);
    }
  }
}
