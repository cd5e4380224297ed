import type { EntityManager } from '@mikro-orm/core';
import { NotificationKind, WEBHOOK_CHANNEL } from '../../entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { OrganizationKind } from '../../entities/organizations/organization.enums.js';
import { TicketMessage } from '../../entities/tickets/ticket-message.entity.js';
import { WebhookEndpoint } from '../../entities/webhooks/webhook-endpoint.entity.js';
import { WEBHOOK_EVENT_TYPES } from '../../entities/webhooks/webhook.enums.js';
import type { TicketChangeReaction } from '../tickets/index.js';
import { messageIdOf, webhookEventsOf, webhookPayload } from './webhook-events.js';

/** An enabled endpoint and the organizations whose tickets it may be told about. */
interface Audience {
  readonly endpoint: WebhookEndpoint;
  readonly organizations: ReadonlySet<number>;
}

/**
 * The enabled endpoints that see tickets of these organizations, by the rule
 * of the `tickets` query (modules/auth actorOf): a partner the customers it
 * serves, not its own organization; a customer its own tickets.
 */
async function audiencesOf(tx: EntityManager, organizationIds: readonly number[]): Promise<Audience[]> {
  const endpoints = await tx.find(
    WebhookEndpoint,
    {
      enabled: true,
      $or: [
        { organization: { id: { $in: [...organizationIds] }, kind: { $ne: OrganizationKind.PARTNER } } },
        { organization: { kind: OrganizationKind.PARTNER, servedCustomers: { $in: [...organizationIds] } } },
      ],
    },
    { populate: ['organization.servedCustomers'] },
  );
  return endpoints.map((endpoint) => {
    const organization = endpoint.organization.getEntity();
    const seen = organization.kind === OrganizationKind.PARTNER ? organization.servedCustomers.getItems().map((c) => c.id) : [organization.id];
    return { endpoint, organizations: new Set(seen) };
  });
}

/**
 * Partners' webhooks (#18) as a reaction of every ticket change: one outbox
 * message per event and endpoint that subscribed to its kind and may see the
 * ticket, written in the change's transaction — the change and its webhook
 * messages commit together or not at all, and the WEBHOOK dispatcher (woken by
 * the `outbox.queued` this returns, published after commit) delivers them at least once.
 */
export const webhookReaction: TicketChangeReaction = {
  name: 'webhooks',
  async react(tx, changes) {
    const events = changes.flatMap(webhookEventsOf);
    if (events.length === 0) return [];
    const organizationIds = [...new Set(events.map((e) => e.ticket.organization.id))];
    const audiences = await audiencesOf(tx, organizationIds);
    if (audiences.length === 0) return [];
    const messageIds = events.map(messageIdOf).filter((id): id is number => id !== null);
    const organizations = await tx.find(Organization, { id: { $in: organizationIds } }, { fields: ['id', 'name'] });
    const messages = messageIds.length ? await tx.find(TicketMessage, { id: { $in: messageIds }, internal: false }) : [];
    const names = new Map(organizations.map((o) => [o.id, o.name]));
    let queued = false;
    for (const event of events) {
      const organizationId = event.ticket.organization.id;
      const messageId = messageIdOf(event);
      const message = messages.find((m) => m.id === messageId);
      // A message line whose message is internal (or gone) tells partners nothing.
      if (messageId !== null && !message) continue;
      let body: string | null = null;
      for (const { endpoint, organizations: seen } of audiences) {
        if (!seen.has(organizationId) || !endpoint.events.includes(event.kind)) continue;
        body ??= webhookPayload(event, names.get(organizationId) ?? '', message);
        tx.create(OutboxMessage, {
          kind: NotificationKind.WEBHOOK_EVENT,
          channel: WEBHOOK_CHANNEL,
          webhookEndpoint: endpoint,
          recipient: endpoint.url,
          subject: WEBHOOK_EVENT_TYPES[event.kind],
          body,
          createdAt: event.entry.at,
          nextAttemptAt: event.entry.at,
        });
        queued = true;
      }
    }
    return queued ? [{ type: 'outbox.queued' }] : [];
  },
};
