import { Migration } from '@mikro-orm/migrations';

/** SLA timers (SLA-7) and the cluster-wide queue version (queueChanged). Knex-built: valid on PostgreSQL and SQLite. */
export class Migration20261124010000_realtime extends Migration {
  override up(): void {
    const schema = () => this.getKnex().schema;
    const statements = [
      schema().alterTable('tickets', (t) => {
        t.boolean('at_risk_alerted').notNullable().defaultTo(false);
        t.boolean('breach_alerted').notNullable().defaultTo(false);
      }),
      schema().alterTable('tickets', (t) => {
        t.index(['status', 'at_risk_alerted', 'at_risk_at'], 'tickets_at_risk_timer_idx');
        t.index(['status', 'breach_alerted', 'response_due_at'], 'tickets_breach_timer_idx');
      }),
      schema().createTable('sla_alerts', (t) => {
        t.increments('id');
        t.integer('ticket_id').unsigned().notNullable().references('tickets.id').onDelete('cascade');
        t.string('kind', 20).notNullable();
        t.timestamp('due_at', { useTz: true }).notNullable();
        t.timestamp('raised_at', { useTz: true }).notNullable();
        t.unique(['ticket_id', 'kind', 'due_at'], { indexName: 'sla_alerts_ticket_kind_due_unique' });
        t.index(['raised_at']);
      }),
      schema().createTable('queue_state', (t) => {
        t.integer('id').primary();
        t.bigInteger('version').notNullable().defaultTo(0);
      }),
    ];
    for (const builder of statements) {
      for (const statement of builder.toSQL()) this.addSql(statement.sql);
    }
    this.addSql(this.getKnex().insert({ id: 1, version: 0 }).into('queue_state'));
  }
}
