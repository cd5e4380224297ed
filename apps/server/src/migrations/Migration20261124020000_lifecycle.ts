import { Migration } from '@mikro-orm/migrations';

/** Ticket lifecycle (TKT-2..10): messages, files, resolutions, auto-close, splits, outbox delivery. */
export class Migration20261124020000_lifecycle extends Migration {
  override up(): void {
    const schema = () => this.getKnex().schema;
    const statements = [
      schema().alterTable('tickets', (t) => {
        t.text('occurs_when').nullable();
        t.text('steps_to_reproduce').nullable();
        t.text('error_text').nullable();
        t.string('resolution', 40).nullable();
        t.text('resolution_note').nullable();
        t.string('third_party_vendor', 300).nullable();
        t.text('rejection_note').nullable();
        t.timestamp('closed_at', { useTz: true }).nullable();
        t.timestamp('waiting_since', { useTz: true }).nullable();
        t.timestamp('auto_close_at', { useTz: true }).nullable();
        // No foreign keys here: knex's SQLite ALTER TABLE puts them on the wrong column (the first one
        // added). The application sets these links only from tickets it has just loaded.
        t.integer('split_from_id').unsigned().nullable();
        t.integer('continues_id').unsigned().nullable();
      }),
      schema().alterTable('tickets', (t) => {
        t.index(['status', 'auto_close_at'], 'tickets_auto_close_idx');
      }),
      schema().alterTable('contacts', (t) => {
        t.string('locale', 5).notNullable().defaultTo('ru');
      }),
      schema().alterTable('outbox_messages', (t) => {
        t.timestamp('lease_until', { useTz: true }).nullable();
        t.string('message_id', 300).nullable();
      }),
      schema().alterTable('timeline_entries', (t) => {
        t.boolean('internal').notNullable().defaultTo(false);
      }),
      schema().createTable('ticket_messages', (t) => {
        t.increments('id');
        t.integer('ticket_id').unsigned().notNullable().references('tickets.id').onDelete('cascade');
        t.string('kind', 40).notNullable();
        t.integer('author_id').unsigned().nullable().references('users.id');
        t.string('author_name', 300).notNullable();
        t.text('body').notNullable();
        t.boolean('internal').notNullable().defaultTo(false);
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.index(['ticket_id', 'created_at']);
      }),
      schema().createTable('ticket_files', (t) => {
        t.increments('id');
        t.integer('ticket_id').unsigned().notNullable().references('tickets.id').onDelete('cascade');
        t.integer('message_id').unsigned().nullable().references('ticket_messages.id');
        t.string('file_name', 500).notNullable();
        t.string('content_type', 200).notNullable();
        t.bigInteger('size').notNullable();
        t.string('sha256', 64).notNullable();
        t.string('storage_key', 500).notNullable();
        t.integer('uploaded_by_id').unsigned().nullable().references('users.id');
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.index(['ticket_id', 'created_at']);
      }),
    ];
    for (const builder of statements) {
      for (const statement of builder.toSQL()) this.addSql(statement.sql);
    }
  }
}
