import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { StaffNotificationKind } from '../../entities/staff-notifications/staff-notification.enums.js';
import { StaffNotification } from '../../entities/staff-notifications/staff-notification.entity.js';
import { SlaAlertKind } from '../../entities/sla/sla.enums.js';
import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { TimelineEntry } from '../../entities/tickets/timeline-entry.entity.js';
import type { TicketChange, TicketChangeReaction } from '../tickets/index.js';
import type { CalendarService } from '../sla/index.js';
import { addresseesOf, planOffApp } from './off-app.js';
import { notificationText } from './staff-notification-texts.js';

/** One notification a change owes someone. */
interface Owed {
  readonly userId: number;
  readonly kind: StaffNotificationKind;
  readonly ticket: Ticket;
  readonly entry: TimelineEntry;
  data: Record<string, unknown>;
}

export interface StaffNotificationDeps {
  readonly calendar: CalendarService;
  /** The console's address, for links in e-mails and Telegram messages. */
  readonly ticketLink: (ticketId: number) => string;
}

/**
 * Staff notifications (#13) as a reaction of every ticket change, written in
 * its transaction: a customer's reply and a new message reach the ticket's
 * holder; an assignment (or its removal) the person it concerns; an
 * escalation the holder and every team lead at once (TKT-6); SLA-7 alerts the
 * holder and every team lead. Nobody is told of what they did themselves.
 */
export function staffNotificationReaction(deps: StaffNotificationDeps): TicketChangeReaction {
  return {
    name: 'staff notifications',
    async react(tx, changes) {
      const needsLeads = changes.some(({ entries }) => entries.some((e) => e.kind === TimelineKind.ESCALATED || e.kind === TimelineKind.SLA_ALERT));
      const leads = needsLeads ? await tx.find(User, { role: Role.TEAM_LEAD, active: true }) : [];
      const owed = changes.flatMap((change) => owedFor(change, leads.map((lead) => lead.id)));
      if (owed.length === 0) return [];
      // Actors too: loading them names them in "assigned by …" (their references in the entries are these very objects).
      const actors = owed.flatMap((o) => (o.entry.actor ? [o.entry.actor.id] : []));
      const users = (await tx.find(User, { id: { $in: [...new Set([...owed.map((o) => o.userId), ...actors])] } })).filter((u) => u.active);
      const addressees = await addresseesOf(tx, users);
      const calendar = await deps.calendar.current(tx);
      const created: StaffNotification[] = [];
      for (const o of owed) {
        const addressee = addressees.get(o.userId);
        if (!addressee) continue;
        if (o.kind === StaffNotificationKind.ASSIGNED || o.kind === StaffNotificationKind.UNASSIGNED) o.data.actorName = o.entry.actor?.unwrap().fullName ?? null;
        const notification = tx.create(StaffNotification, {
          user: addressee.user,
          kind: o.kind,
          ticket: o.ticket,
          text: notificationText(o.kind, { number: o.ticket.number, subject: o.ticket.subject, ...(o.data as object) }),
          data: { number: o.ticket.number, subject: o.ticket.subject, ...o.data },
          createdAt: o.entry.at,
        });
        planOffApp(tx, notification, addressee, o.ticket, calendar, o.entry.at, deps.ticketLink);
        created.push(notification);
      }
      await tx.flush();
      return [{ type: 'staff.notification', notificationIds: created.map((n) => n.id) }];
    },
  };
}

/** Who is owed what for one ticket's change, one notification per person and kind. */
function owedFor({ ticket, entries }: TicketChange, leads: readonly number[]): Owed[] {
  const owed = new Map<string, Owed>();
  const holder = ticket.assignee?.id ?? null;
  const owe = (userId: number | null, kind: StaffNotificationKind, entry: TimelineEntry, data: Record<string, unknown> = {}): void => {
    if (userId === null || userId === entry.actor?.id) return;
    const key = `${userId}:${kind}`;
    if (!owed.has(key)) owed.set(key, { userId, kind, ticket, entry, data });
  };
  const answered = entries.some((e) => e.kind === TimelineKind.STATUS_CHANGED && e.data?.from === 'WAITING_FOR_CUSTOMER' && e.data?.to === 'IN_PROGRESS');
  for (const entry of entries) {
    const data = entry.data ?? {};
    switch (entry.kind) {
      case TimelineKind.MESSAGE: {
        const fromCustomer = data.fromCustomer === true;
        owe(holder, fromCustomer && answered ? StaffNotificationKind.CUSTOMER_REPLY : StaffNotificationKind.NEW_MESSAGE, entry, {
          actorName: data.authorName ?? null,
          internal: entry.internal,
        });
        break;
      }
      case TimelineKind.MATERIAL_FULFILLED:
        // #19: material asked for arrived; the last of it ends the wait like a customer's reply.
        owe(holder, answered ? StaffNotificationKind.CUSTOMER_REPLY : StaffNotificationKind.NEW_MESSAGE, entry, { internal: false });
        break;
      case TimelineKind.ASSIGNED: {
        const to = typeof data.to === 'number' ? data.to : typeof data.assigneeId === 'number' && !data.selfAssigned ? data.assigneeId : null;
        const from = typeof data.from === 'number' ? data.from : null;
        if (to !== null) owe(to, StaffNotificationKind.ASSIGNED, entry);
        if (from !== null && from !== to) owe(from, StaffNotificationKind.UNASSIGNED, entry);
        break;
      }
      case TimelineKind.ESCALATED:
        // A breach escalates by itself: its SLA_BREACHED notification already says so.
        if (data.automatic === true) break;
        for (const userId of [holder, ...leads]) owe(userId, StaffNotificationKind.ESCALATED, entry, { level: data.level ?? null, reason: data.reason ?? null });
        break;
      case TimelineKind.SLA_ALERT: {
        const kind = data.kind === SlaAlertKind.BREACHED ? StaffNotificationKind.SLA_BREACHED : StaffNotificationKind.SLA_AT_RISK;
        for (const userId of [holder, ...leads]) owe(userId, kind, entry, { dueAt: data.dueAt ?? null });
        break;
      }
      case TimelineKind.REACTION_NOTICE_FAILED:
        // SLA-3: at the first failed attempt, so the phone can still meet the deadline.
        owe(holder, StaffNotificationKind.REACTION_NOTICE_FAILED, entry, { dueAt: data.responseDueAt ?? null, phone: data.phone ?? null, error: data.error ?? null });
        break;
    }
  }
  return [...owed.values()];
}
