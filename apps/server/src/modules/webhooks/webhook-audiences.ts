import type { EntityManager } from '@mikro-orm/core';
import { OrganizationKind } from '../../entities/organizations/organization.enums.js';
import { WebhookEndpoint } from '../../entities/webhooks/webhook-endpoint.entity.js';
import type { WebhookEventKind } from '../../entities/webhooks/webhook.enums.js';
import { ClusterCopy } from '../../infra/events/cluster-copy.js';
import type { EventBus } from '../../infra/events/domain-events.js';

/** An enabled endpoint and the organizations whose tickets it may be told about. */
export interface WebhookAudience {
  readonly endpointId: number;
  readonly url: string;
  readonly events: readonly WebhookEventKind[];
  readonly organizations: ReadonlySet<number>;
}

/**
 * Every enabled endpoint and whose tickets it may hear of, by the rule of the
 * `tickets` query (modules/auth actorOf): a partner the customers it serves,
 * not its own organization; a customer its own tickets. Every ticket change
 * asks (webhookReaction), so each process keeps a ClusterCopy (#17: one read
 * less a change). What changes it publishes `copy.changed` for
 * 'webhook-audiences' after its commit: an endpoint created, enabled,
 * disabled or removed (WebhookEndpointService, WebhookChannel after a run of
 * failures) and a partner's served customers (OrganizationAdminService).
 */
export class WebhookAudiences {
  private readonly copy: ClusterCopy<readonly WebhookAudience[]>;

  constructor(events: EventBus | undefined) {
    this.copy = new ClusterCopy('webhook-audiences', events);
  }

  /** The audiences that see tickets of any of these organizations; read through `tx` (on SQLite another connection would wait for it). */
  async of(tx: EntityManager, organizationIds: readonly number[]): Promise<WebhookAudience[]> {
    const audiences = await this.copy.get(() => readAudiences(tx));
    return audiences.filter((audience) => organizationIds.some((id) => audience.organizations.has(id)));
  }
}

async function readAudiences(tx: EntityManager): Promise<WebhookAudience[]> {
  const endpoints = await tx.find(WebhookEndpoint, { enabled: true }, { populate: ['organization.servedCustomers'], orderBy: { id: 'asc' } });
  return endpoints.map((endpoint) => {
    const organization = endpoint.organization.getEntity();
    const seen = organization.kind === OrganizationKind.PARTNER ? organization.servedCustomers.getItems().map((c) => c.id) : [organization.id];
    return { endpointId: endpoint.id, url: endpoint.url, events: [...endpoint.events], organizations: new Set(seen) };
  });
}
