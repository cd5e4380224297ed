import type { EntityManager } from '@mikro-orm/core';
import { OffAppStatus } from '../../entities/staff-notifications/staff-notification.enums.js';
import { StaffNotification } from '../../entities/staff-notifications/staff-notification.entity.js';
import type { Clock } from '../../common/clock.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import type { Orm } from '../../infra/database/orm.js';
import type { DeadlineSource, DueItem } from '../../infra/scheduling/deadline-source.js';
import { addresseesOf, writeOffApp } from './off-app.js';
import { groupBy } from '../../graphql/request-batch.js';

const WAITING = { offAppStatus: OffAppStatus.WAITING };

/**
 * Staff notifications held for service or quiet hours (#13) leave when those
 * open: everything of one person due by then goes as one message per channel —
 * a digest when there are several. The conditional update WAITING → QUEUED is
 * the claim, so each goes out once across processes.
 */
export function staffDigestDeadlineSource(orm: Orm, deps: { clock: Clock; events: EventBus; ticketLink: (ticketId: number) => string }): DeadlineSource {
  return {
    name: 'staff notification digest',
    async nearest(em: EntityManager) {
      const next = await em.findOne(StaffNotification, WAITING, { orderBy: { offAppDueAt: 'asc' }, fields: ['id', 'offAppDueAt'] });
      return next?.offAppDueAt ?? null;
    },
    async due(em: EntityManager, now: Date, limit: number): Promise<DueItem[]> {
      const rows = await em.find(StaffNotification, { ...WAITING, offAppDueAt: { $lte: now } }, { orderBy: { offAppDueAt: 'asc', id: 'asc' }, limit, fields: ['id', 'offAppDueAt'] });
      return rows.map((row) => ({ id: row.id, dueAt: row.offAppDueAt! }));
    },
    async fire(items: readonly DueItem[]) {
      const now = deps.clock.now();
      const sent = await orm.em.fork().transactional(async (tx) => {
        // Row by row, so what another process claimed first is not sent twice.
        const ids: number[] = [];
        for (const item of items) {
          if ((await tx.nativeUpdate(StaffNotification, { id: item.id, ...WAITING }, { offAppStatus: OffAppStatus.QUEUED })) === 1) ids.push(item.id);
        }
        if (ids.length === 0) return 0;
        const rows = await tx.find(StaffNotification, { id: { $in: ids } }, { populate: ['user', 'ticket'], orderBy: { createdAt: 'asc', id: 'asc' } });
        const addressees = await addresseesOf(tx, [...new Map(rows.map((r) => [r.user.id, r.user.getEntity()])).values()]);
        for (const [userId, notifications] of groupBy(rows, (row) => row.user.id)) {
          const addressee = addressees.get(userId);
          if (!addressee || !addressee.user.active) continue;
          const channels = [...new Set(notifications.flatMap((n) => n.offAppChannels ?? []))];
          const ticket = notifications.length === 1 ? (notifications[0]!.ticket?.getEntity() ?? null) : null;
          writeOffApp(tx, addressee, channels, notifications, ticket, now, deps.ticketLink);
        }
        return ids.length;
      });
      // The dispatchers wake on ticket changes; a digest is none, so say it.
      if (sent > 0) deps.events.publish({ type: 'staff.notification', notificationIds: [] });
    },
  };
}
