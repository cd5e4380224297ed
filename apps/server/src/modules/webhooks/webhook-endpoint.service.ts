import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { Forbidden, InvalidState, NotFound, ProblemList } from '../../common/errors.js';
import { existingId, idOf } from '../../common/ids.js';
import { checkPageSize } from '../../common/cursor.js';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { NotificationKind, OutboxStatus, WEBHOOK_CHANNEL } from '../../entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { OrganizationKind } from '../../entities/organizations/organization.enums.js';
import { WebhookDelivery } from '../../entities/webhooks/webhook-delivery.entity.js';
import { WebhookEndpoint } from '../../entities/webhooks/webhook-endpoint.entity.js';
import { WEBHOOK_TEST_EVENT_TYPE } from '../../entities/webhooks/webhook.enums.js';
import type { Actor } from '../../graphql/actor.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import type { CreateWebhookEndpointInput } from './webhook-endpoint.input.js';
import { generateWebhookSecret, webhookIdOf } from './webhook-signature.js';
import { checkWebhookUrl } from './webhook-url.js';

const MAX_DESCRIPTION_LENGTH = 200;

export interface WebhookEndpointServiceDeps {
  readonly clock: Clock;
  readonly events: EventBus;
  readonly requireHttps: boolean;
}

/**
 * Endpoints of an organization (#18), managed by the vendor's admins (any
 * organization) and a partner's own admin (its organization's). Anybody else
 * is FORBIDDEN; another organization's endpoint is NOT_FOUND to a partner.
 */
export class WebhookEndpointService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: WebhookEndpointServiceDeps,
  ) {}

  async list(actor: Actor): Promise<WebhookEndpoint[]> {
    const where = actor.role === Role.ADMIN ? {} : { organization: ownOrganization(actor) };
    return this.em.find(WebhookEndpoint, where, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  async create(input: CreateWebhookEndpointInput, actor: Actor): Promise<{ secret: string; endpoint: WebhookEndpoint }> {
    const problems = new ProblemList();
    const organizationId = await this.organizationFor(input.organizationId ?? null, actor, problems);
    const url = checkWebhookUrl(input.url, this.deps.requireHttps, 'input.url', problems);
    if (input.events.length === 0) problems.add('input.events', 'must name at least one event kind');
    const description = input.description?.trim() || null;
    if (description && description.length > MAX_DESCRIPTION_LENGTH) problems.add('input.description', `must be at most ${MAX_DESCRIPTION_LENGTH} characters`);
    problems.throwIfAny();
    const secret = generateWebhookSecret();
    const endpoint = this.em.create(WebhookEndpoint, {
      organization: this.em.getReference(Organization, organizationId!),
      url,
      description,
      events: [...new Set(input.events)],
      secret,
      createdBy: this.em.getReference(User, actor.userId),
      createdAt: this.deps.clock.now(),
    });
    await this.em.flush();
    this.audiencesChanged();
    return { secret, endpoint };
  }

  /** Enabling starts a new run: the failure count is back at zero. */
  async setEnabled(id: string, enabled: boolean, actor: Actor): Promise<WebhookEndpoint> {
    const endpoint = await this.managed(id, actor);
    endpoint.enabled = enabled;
    endpoint.consecutiveFailures = 0;
    endpoint.disabledAt = enabled ? null : this.deps.clock.now();
    endpoint.disabledReason = enabled ? null : 'Disabled by hand';
    await this.em.flush();
    this.audiencesChanged();
    return endpoint;
  }

  /** The endpoint, its delivery log, and its messages not yet delivered go together. */
  async remove(id: string, actor: Actor): Promise<string> {
    const endpoint = await this.managed(id, actor);
    await this.em.transactional(async (tx) => {
      await tx.nativeDelete(OutboxMessage, { webhookEndpoint: endpoint.id, status: { $ne: OutboxStatus.SENDING } });
      await tx.nativeDelete(WebhookDelivery, { endpoint: endpoint.id });
      await tx.nativeDelete(WebhookEndpoint, { id: endpoint.id });
    });
    this.audiencesChanged();
    return id;
  }

  async deliveries(endpointId: string, first: number, actor: Actor): Promise<WebhookDelivery[]> {
    checkPageSize(first);
    const endpoint = await this.managed(endpointId, actor);
    return this.em.find(WebhookDelivery, { endpoint }, { orderBy: { id: 'desc' }, limit: first });
  }

  /** Queues a `webhook.test` message, delivered, signed and logged like any event; resolves to its webhook-id. */
  async sendTest(endpointId: string, actor: Actor): Promise<string> {
    const endpoint = await this.managed(endpointId, actor);
    if (!endpoint.enabled) throw new InvalidState(`Webhook endpoint ${endpointId} is disabled: enable it first`);
    const now = this.deps.clock.now();
    const body = JSON.stringify({ type: WEBHOOK_TEST_EVENT_TYPE, timestamp: now.toISOString(), data: { endpoint: { id: String(endpoint.id), url: endpoint.url } } });
    const message = this.em.create(OutboxMessage, {
      kind: NotificationKind.WEBHOOK_EVENT,
      channel: WEBHOOK_CHANNEL,
      webhookEndpoint: endpoint,
      recipient: endpoint.url,
      subject: WEBHOOK_TEST_EVENT_TYPE,
      body,
      createdAt: now,
      nextAttemptAt: now,
    });
    await this.em.flush();
    this.deps.events.publish({ type: 'outbox.queued' });
    return webhookIdOf(message.id);
  }

  /**
   * Manual re-send of a logged delivery's message, with a fresh set of
   * attempts and the same webhook-id (a receiver that already has it can
   * ignore it). Conditional, so a message already on its way is not doubled.
   */
  async resend(deliveryId: string, actor: Actor): Promise<WebhookDelivery> {
    const delivery = await this.em.findOne(WebhookDelivery, existingId(deliveryId, 'Webhook delivery'), { populate: ['endpoint'] });
    if (!delivery) throw new NotFound('Webhook delivery', deliveryId);
    const endpoint = await this.managed(String(delivery.endpoint.id), actor);
    if (!endpoint.enabled) throw new InvalidState(`Webhook endpoint ${endpoint.id} is disabled: enable it first`);
    const queued = await this.em.nativeUpdate(
      OutboxMessage,
      { id: delivery.outboxMessageId, status: { $in: [OutboxStatus.SENT, OutboxStatus.FAILED] } },
      { status: OutboxStatus.PENDING, attempts: 0, nextAttemptAt: this.deps.clock.now(), leaseUntil: null },
    );
    if (queued !== 1) throw new InvalidState(`The message of delivery ${deliveryId} is already waiting to be sent`);
    this.deps.events.publish({ type: 'outbox.queued' });
    return delivery;
  }

  /** Every process's copy of who hears of what (WebhookAudiences) is read again. */
  private audiencesChanged(): void {
    this.deps.events.publish({ type: 'copy.changed', topic: 'webhook-audiences' });
  }

  /** An endpoint the actor manages; someone else's is NOT_FOUND, as if it did not exist. */
  private async managed(id: string, actor: Actor): Promise<WebhookEndpoint> {
    const where = actor.role === Role.ADMIN ? {} : { organization: ownOrganization(actor) };
    const endpoint = await this.em.findOne(WebhookEndpoint, { id: existingId(id, 'Webhook endpoint'), ...where });
    if (!endpoint) throw new NotFound('Webhook endpoint', id);
    return endpoint;
  }

  /** Admins name a customer or partner organization; a partner's admin registers for its own. */
  private async organizationFor(requested: string | null, actor: Actor, problems: ProblemList): Promise<number | null> {
    if (actor.role !== Role.ADMIN) {
      const own = ownOrganization(actor);
      if (requested !== null && idOf(requested) !== own) throw new Forbidden("A partner's admin registers endpoints for its own organization only");
      return own;
    }
    const id = requested === null ? null : idOf(requested);
    const organization = id === null ? null : await this.em.findOne(Organization, id);
    if (!organization || organization.kind === OrganizationKind.VENDOR) problems.add('input.organizationId', 'must name a customer or partner organization');
    return organization?.id ?? null;
  }
}

/** A partner's own admin's organization; any other non-admin may manage none. */
function ownOrganization(actor: Actor): number {
  if (actor.role !== Role.PARTNER || !actor.organizationAdmin || actor.organizationId === null) {
    throw new Forbidden("Webhook endpoints are managed by the vendor's admins and a partner's own admin");
  }
  return actor.organizationId;
}
