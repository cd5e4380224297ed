import { raw, type MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../common/clock.js';
import { OutboxStatus } from '../../entities/notifications/notification.enums.js';
import { SlaState } from '../../entities/sla/sla.enums.js';
import { TicketStatus } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { DeskMetrics } from '../../infra/metrics/metrics.js';
import { IN_QUEUE } from '../queue/index.js';
import { slaStateWhere } from '../views/index.js';

const CLOSED = [TicketStatus.CLOSED, TicketStatus.REJECTED];

/**
 * The desk's state as gauges read from the database at scrape time, so every
 * replica reports the same cluster-wide numbers: the queue by level and
 * criticality (SLA-6), open tickets by SLA state (SLA-7, in the same
 * columns the views filter on), and the outbox backlog and failures by
 * channel (e-mail, Telegram, webhooks).
 */
export function registerDeskGauges(metrics: DeskMetrics, orm: MikroORM, clock: Clock): void {
  const knex = () => (orm.em.fork() as SqlEntityManager).getKnex();

  metrics.gauge('desk_queue_tickets', 'Tickets waiting for reaction (SLA-6 queue), by support level and criticality', ['level', 'criticality'], async (gauge) => {
    const rows = await (orm.em.fork() as SqlEntityManager)
      .createQueryBuilder(Ticket, 't')
      .select(['t.supportLevel', 't.criticality', raw('count(*) as n')])
      .where({ $and: [IN_QUEUE] })
      .groupBy(['t.supportLevel', 't.criticality'])
      .execute<{ support_level: string; criticality: string; n: number | string }[]>('all', false);
    for (const row of rows) gauge.set({ level: row.support_level, criticality: row.criticality }, Number(row.n));
  });

  metrics.gauge('desk_open_tickets_by_sla_state', 'Open tickets by SLA state (SLA-7)', ['state'], async (gauge) => {
    const em = orm.em.fork();
    const now = clock.now();
    for (const state of Object.values(SlaState)) {
      gauge.set({ state }, await em.count(Ticket, { $and: [{ status: { $nin: CLOSED } }, slaStateWhere(state, now)] }));
    }
  });

  metrics.gauge('desk_outbox_messages', 'Outbox messages not delivered: backlog (PENDING, SENDING) and FAILED, by channel', ['channel', 'status'], async (gauge) => {
    const rows = await knex()('outbox_messages')
      .select('channel', 'status')
      .count('* as n')
      .whereIn('status', [OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED])
      .groupBy('channel', 'status');
    for (const row of rows) gauge.set({ channel: String(row.channel), status: String(row.status) }, Number(row.n));
  });
}
