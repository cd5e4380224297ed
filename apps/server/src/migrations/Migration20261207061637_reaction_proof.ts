import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/**
 * The reaction proven by delivery (#14, SLA-2, SLA-3, SLA-9): `respondedAt`
 * is the moment the customer demonstrably received the "registered, work
 * started" notice, no longer the moment an agent pressed "start work".
 *
 * - tickets.awaiting_reaction: in the queue and under the SLA-7 timers until
 *   the reaction (or until closed or refused); the queue and timer indexes
 *   move onto it. Backfill: exactly the tickets that waited before (NEW).
 * - tickets.notice_state / notice_channel / notice_proof / notice_error: where
 *   the reaction notice stands and what proves its receipt. Backfill: a ticket
 *   already reacted to is DELIVERED (its outcome, already decided, is kept);
 *   the proof of those is what the old product recorded — the notice queued.
 * - tickets.responded_by_id: the agent who reacted (SLA-9 per-agent figures).
 *   Backfill: the assignee at the reaction, where known (the current one:
 *   the old product kept no other).
 * - outbox_messages.reaction / delivery_receipt: which notice is a ticket's
 *   reaction notice, and the receiving side's answer (SMTP reply with its
 *   queue id, Telegram message id). Backfill: WORK_STARTED notices.
 */
export class Migration20261207061637_reaction_proof extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const statements: Knex.SchemaBuilder[] = [
      knex.schema.alterTable('tickets', (t) => {
        t.boolean('awaiting_reaction').notNullable().defaultTo(true);
        t.string('notice_state', 10).nullable();
        t.string('notice_channel', 10).nullable();
        t.string('notice_proof', 1000).nullable();
        t.string('notice_error', 1000).nullable();
        t.integer('responded_by_id').unsigned().nullable();
      }),
      knex.schema.alterTable('outbox_messages', (t) => {
        t.boolean('reaction').notNullable().defaultTo(false);
        t.string('delivery_receipt', 1000).nullable();
      }),
    ];
    for (const builder of statements) {
      for (const statement of builder.toSQL()) this.addSql(statement.sql);
    }
    const backfill = [
      knex('tickets').update({ awaiting_reaction: knex.raw("status = 'NEW'") }),
      knex('tickets').whereNotNull('responded_at').update({ notice_state: 'DELIVERED', responded_by_id: knex.ref('assignee_id') }),
      knex('outbox_messages').where({ kind: 'WORK_STARTED' }).whereNotNull('ticket_id').update({ reaction: true }),
    ];
    for (const query of backfill) this.addSql(query.toQuery());
    const indexes: Knex.SchemaBuilder[] = [
      knex.schema.alterTable('tickets', (t) => {
        // The queue (SLA-6 order) and the SLA-7 timers now select by awaiting_reaction, not by status.
        t.index(['awaiting_reaction', 'priority', 'response_due_at', 'received_at', 'id'], 'tickets_awaiting_queue_idx');
        t.index(['awaiting_reaction', 'at_risk_alerted', 'at_risk_at'], 'tickets_awaiting_at_risk_idx');
        t.index(['awaiting_reaction', 'breach_alerted', 'response_due_at'], 'tickets_awaiting_breach_idx');
        t.index(['responded_by_id', 'responded_at'], 'tickets_responded_by_idx');
        t.dropIndex([], 'tickets_at_risk_timer_idx');
        t.dropIndex([], 'tickets_breach_timer_idx');
      }),
    ];
    for (const builder of indexes) {
      for (const statement of builder.toSQL()) this.addSql(statement.sql);
    }
  }
}
