import { Migration } from '@mikro-orm/migrations';

/**
 * Service hours as data (#14, LVL-2, SLA-10): every ticket keeps the service
 * hours it was registered under (`tickets.service_hours`, e.g.
 * "09:00-13:00,14:00-18:00"; null for 24×7), so changing SERVICE_HOURS_BASIC
 * applies to tickets registered after the change only. Backfill: BASIC
 * tickets were registered under the agreement's 09:00–18:00, EXTENDED ones
 * run 24×7.
 */
export class Migration20261207071730_ticket_service_hours extends Migration {
  override up(): void {
    const knex = this.getKnex();
    for (const statement of knex.schema.alterTable('tickets', (t) => t.string('service_hours', 200).nullable()).toSQL()) this.addSql(statement.sql);
    this.addSql(knex('tickets').where({ support_level: 'BASIC' }).update({ service_hours: '09:00-18:00' }).toQuery());
  }
}
