import type { EntityManager } from '@mikro-orm/core';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { NotificationKind, OutboxStatus } from '../../entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';
import { Channel, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { Role } from '../../entities/auth/role.enum.js';
import { NO_CONTACT_ADDRESS, recordTimeline, type CustomerNoticeKind, type CustomerNotices, type NoticeFacts, type NoticeOnWrite } from '../tickets/index.js';
import { renderNotification } from './notification-templates.js';

/** One message for the outbox: to whom, over which channel, saying what. */
export interface OutboxRow {
  readonly ticket: Ticket | null;
  /** A staff member's off-app notification (#13); absent for customers' notices. */
  readonly user?: User | null;
  readonly kind: NotificationKind;
  readonly channel: Channel;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  /** The HTML alternative of `body` for an e-mail (#18). */
  readonly html?: string | null;
  readonly at: Date;
}

/**
 * Every outbox row is written here, inside the caller's unit of work, so it
 * commits (or not) together with the change it reports. An OutboxDispatcher per
 * channel delivers them (e-mail, Telegram: see OutboxChannel); PHONE ones wait
 * PENDING for an agent's call.
 */
export function writeOutbox(em: EntityManager, row: OutboxRow): OutboxMessage {
  return em.create(OutboxMessage, {
    ticket: row.ticket,
    user: row.user ?? null,
    kind: row.kind,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    html: row.html ?? null,
    status: OutboxStatus.PENDING,
    attempts: 0,
    createdAt: row.at,
    nextAttemptAt: row.at,
  });
}

/** Which channels this install delivers automatically (SMTP_URL, TELEGRAM_BOT_TOKEN). */
export interface NoticeTransports {
  readonly email: boolean;
  readonly telegram: boolean;
}

/** Where a notice's links lead (PUBLIC_URL): the ticket's page in the customer portal. */
export interface NoticeLinks {
  portalTicketUrl(ticketId: number): string;
}

/** The portal's ticket page opened at its rating form (#19): the closing notices link to it. */
export function ratingUrlOf(portalTicketUrl: string): string {
  return `${portalTicketUrl}?rate=1`;
}

/**
 * The outbox behind the tickets' CustomerNotices port: renders the notice in
 * the contact's language, sends it by e-mail when the contact has an address,
 * else over the ticket's channel (a phone call, a Telegram chat), and notes it
 * on the timeline. For the reaction notice it also says what its writing
 * proves (SLA-3): with no transport for its channel the development mailbox
 * (the `outbox` staff read) stands in for the receiving side, so the notice
 * counts as received at commit; a notice no channel can carry (no e-mail
 * address, a phone or API ticket) has failed at once.
 */
export function outboxNotices(transports: NoticeTransports, links: NoticeLinks): CustomerNotices {
  const notify = async (em: EntityManager, kind: CustomerNoticeKind, ticket: Ticket, at: Date, { agentId, ...facts }: NoticeFacts = {}): Promise<OutboxMessage> => {
    const contact = await em.findOneOrFail(Contact, ticket.contact.id);
    const agent = await agentOf(em, agentId ?? ticket.assignee?.id ?? null);
    const portalUrl = links.portalTicketUrl(ticket.id);
    const rendered = renderNotification(
      kind,
      {
        number: ticket.number,
        subject: ticket.subject,
        contactName: contact.fullName,
        responseDueAt: ticket.responseDueAt,
        rejectionReason: ticket.rejectionReason,
        rejectionNote: ticket.rejectionNote,
        resolution: ticket.resolution,
        resolutionNote: ticket.resolutionNote,
        thirdPartyVendor: ticket.thirdPartyVendor,
        expectedResolutionAt: ticket.expectedResolutionAt,
        autoCloseAt: ticket.autoCloseAt,
        portalUrl,
        ratingUrl: ratingUrlOf(portalUrl),
        agentName: agent?.fullName ?? null,
        ...facts,
      },
      contact.locale,
    );
    const channel = contact.email ? Channel.EMAIL : ticket.channel;
    const message = writeOutbox(em, {
      ticket,
      kind,
      channel,
      recipient: contact.email ?? contact.phone,
      subject: rendered.subject,
      body: rendered.text,
      // Only an e-mail has an HTML part; a Telegram message or a phone call reads the text.
      html: channel === Channel.EMAIL ? rendered.html : null,
      at,
    });
    recordTimeline(em, ticket, {
      kind: TimelineKind.NOTIFICATION_QUEUED,
      at,
      actorId: null,
      summary: `Customer notified (${kind}) via ${message.channel} to ${message.recipient}`,
      data: { kind, channel: message.channel },
    });
    return message;
  };
  return {
    notify,
    async notifyReaction(em, kind, ticket, at) {
      const message = await notify(em, kind, ticket, at);
      message.reaction = true;
      // The id names the notice in the proof.
      await em.flush();
      const portal = await portalAccountOf(em, ticket);
      if (portal) return { message, onWrite: { state: 'DELIVERED', channel: Channel.PORTAL, proof: `on the ticket in the portal account ${portal.email}, who chose portal notices` } };
      return { message, onWrite: onWriteOf(message, transports) };
    },
  };
}

/** The agent a notice names: who wrote the reply, else who holds the ticket. */
function agentOf(em: EntityManager, userId: number | null): Promise<User | null> {
  return userId === null ? Promise.resolve(null) : em.findOne(User, userId);
}

/** SLA-3: the contact's own portal account (same organization and e-mail), if they chose to be told there. */
async function portalAccountOf(em: EntityManager, ticket: Ticket): Promise<User | null> {
  const contact = await em.findOneOrFail(Contact, ticket.contact.id);
  if (!contact.email) return null;
  return em.findOne(User, { role: Role.CUSTOMER, active: true, portalNotices: true, organization: ticket.organization.id, email: contact.email.toLowerCase() });
}

function onWriteOf(message: OutboxMessage, transports: NoticeTransports): NoticeOnWrite {
  const devMailbox = (channel: Channel) => ({ state: 'DELIVERED', channel, proof: `development mailbox, outbox message ${message.id} to ${message.recipient}` }) as const;
  switch (message.channel) {
    case Channel.EMAIL:
      return transports.email ? { state: 'PENDING' } : devMailbox(Channel.EMAIL);
    case Channel.TELEGRAM:
      return transports.telegram ? { state: 'PENDING' } : devMailbox(Channel.TELEGRAM);
    default:
      return { state: 'FAILED', error: NO_CONTACT_ADDRESS };
  }
}
