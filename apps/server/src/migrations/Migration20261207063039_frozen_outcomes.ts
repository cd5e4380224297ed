import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/**
 * Outcomes frozen with the terms in force (#14, SLA-9, SLA-10), and the
 * portal as a customer's chosen notice channel (SLA-3).
 *
 * - tickets.sla_decided_at / sla_level / sla_criticality / sla_due_at /
 *   sla_response_seconds: the SLA outcome is decided once, at the reaction or
 *   at the breach, and kept with the level, criticality, guaranteed response
 *   time (SLA-1) and deadline in force at that moment. Backfill: outcomes
 *   already decided keep their value, decided at the reaction with the
 *   ticket's current terms (the old product kept no others); tickets whose
 *   breach alert was already raised without a reaction are BREACHED, decided
 *   at their deadline.
 * - users.portal_notices: a customer with a portal account chose to be told in
 *   the portal; their reaction notice is then received when it is committed.
 */
export class Migration20261207063039_frozen_outcomes extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const statements: Knex.SchemaBuilder[] = [
      knex.schema.alterTable('tickets', (t) => {
        t.timestamp('sla_decided_at', { useTz: true }).nullable();
        t.string('sla_level', 10).nullable();
        t.string('sla_criticality', 15).nullable();
        t.timestamp('sla_due_at', { useTz: true }).nullable();
        t.integer('sla_response_seconds').nullable();
      }),
      knex.schema.alterTable('users', (t) => {
        t.boolean('portal_notices').notNullable().defaultTo(false);
      }),
    ];
    for (const builder of statements) {
      for (const statement of builder.toSQL()) this.addSql(statement.sql);
    }
    const responseSeconds = knex.raw(
      `case when support_level = 'BASIC' and criticality = 'CRITICAL' then 1800 when support_level = 'BASIC' then 3600 ` +
        `when criticality = 'CRITICAL' then 1200 else 2700 end`,
    );
    const snapshot = { sla_level: knex.ref('support_level'), sla_criticality: knex.ref('criticality'), sla_due_at: knex.ref('response_due_at'), sla_response_seconds: responseSeconds };
    const backfill = [
      knex('tickets').whereNull('sla_outcome').whereNull('responded_at').where({ breach_alerted: true }).update({ sla_outcome: 'BREACHED', sla_decided_at: knex.ref('response_due_at') }),
      knex('tickets').whereNotNull('sla_outcome').whereNull('sla_decided_at').update({ sla_decided_at: knex.ref('responded_at') }),
      knex('tickets').whereNotNull('sla_outcome').update(snapshot),
    ];
    for (const query of backfill) this.addSql(query.toQuery());
  }
}
