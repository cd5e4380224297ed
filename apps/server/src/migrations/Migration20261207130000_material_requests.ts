import { Migration } from '@mikro-orm/migrations';

/**
 * Material the vendor asks for (#19, agreement section 4): the requests, the
 * ticket files given for them, and equipment handed over for diagnosis.
 * Knex-built: valid on PostgreSQL and SQLite.
 */
export class Migration20261207130000_material_requests extends Migration {
  override up(): void {
    // A fresh schema builder per table: one builder collects every table it was given.
    const schema = () => this.getKnex().schema;
    const builders = [
      schema().createTable('material_requests', (t) => {
        t.increments('id');
        t.integer('ticket_id').unsigned().notNullable().references('tickets.id').onDelete('cascade');
        t.string('kind', 20).notNullable();
        t.text('details').notNullable();
        t.text('reason').notNullable();
        t.string('status', 10).notNullable();
        t.integer('requested_by_id').unsigned().notNullable().references('users.id');
        t.timestamp('requested_at', { useTz: true }).notNullable();
        t.timestamp('fulfilled_at', { useTz: true }).nullable();
        t.text('fulfilment_note').nullable();
        t.timestamp('cancelled_at', { useTz: true }).nullable();
        // Ticket.materialRequests reads one ticket's requests in order; "is any still open" reads the same index.
        t.index(['ticket_id', 'requested_at'], 'material_requests_ticket_idx');
      }),
      schema().createTable('material_request_files', (t) => {
        t.increments('id');
        t.integer('request_id').unsigned().notNullable().references('material_requests.id').onDelete('cascade');
        t.integer('file_id').unsigned().notNullable().references('ticket_files.id').onDelete('cascade');
        t.unique(['request_id', 'file_id'], { indexName: 'material_request_files_unique' });
      }),
      schema().createTable('equipment_items', (t) => {
        t.increments('id');
        t.integer('ticket_id').unsigned().notNullable().references('tickets.id').onDelete('cascade');
        t.integer('request_id').unsigned().notNullable().references('material_requests.id').onDelete('cascade');
        t.string('item', 300).notNullable();
        t.string('serial_number', 100).notNullable();
        t.string('received_on', 10).notNullable();
        t.string('returned_on', 10).nullable();
        t.text('condition_notes').nullable();
        t.index(['ticket_id'], 'equipment_items_ticket_idx');
        t.index(['request_id'], 'equipment_items_request_idx');
      }),
    ];
    for (const builder of builders) for (const statement of builder.toSQL()) this.addSql(statement.sql);
  }
}
