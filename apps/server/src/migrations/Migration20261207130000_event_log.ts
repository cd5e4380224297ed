import { Migration } from '@mikro-orm/migrations';

/**
 * The durable event log (#16): every versioned event the live subscriptions
 * carry — queue moves (QUEUE, queue_state.version), ticket changes (TICKET,
 * queue_state.change_version) and SLA alerts (ALERT, the new
 * queue_state.alert_version) — is written in the transaction of its change,
 * so a subscriber that was away replays it instead of refetching. Knex-built,
 * valid on PostgreSQL and SQLite.
 */
export class Migration20261207130000_event_log extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const statements = [
      knex.schema.createTable('event_log', (t) => {
        t.increments('id');
        t.string('stream', 16).notNullable();
        t.bigInteger('version').notNullable();
        t.integer('ticket_id').nullable();
        t.integer('organization_id').nullable();
        t.json('payload').notNullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        // Replay and the live follower read `stream = ? and version > ?`; unique also refuses a version written twice.
        t.unique(['stream', 'version'], { indexName: 'event_log_stream_version_unique' });
        // The retention job deletes by age.
        t.index(['created_at'], 'event_log_created_at_idx');
      }),
      knex.schema.alterTable('queue_state', (t) => {
        t.bigInteger('alert_version').notNullable().defaultTo(0);
      }),
      knex.schema.alterTable('sla_alerts', (t) => {
        // Null for alerts raised before the log existed.
        t.bigInteger('version').nullable();
      }),
    ];
    for (const builder of statements) for (const statement of builder.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []).toQuery());
  }
}
