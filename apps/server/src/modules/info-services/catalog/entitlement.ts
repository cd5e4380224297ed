import type { EntityManager } from '@mikro-orm/core';
import { moscowDateOf } from '@desk/sla';
import { SupportContract } from '../../../entities/organizations/support-contract.entity.js';
import type { RequestContext } from '../../../graphql/context.js';
import { isStaff, type Actor } from '../../../graphql/actor.js';

/**
 * SVC-2, LVL-3: certified updates, distributions, firmware and operating
 * documentation are for staff, and for customers whose support for that
 * product is in force today (Moscow calendar day, contract dates inclusive).
 * A partner is entitled through the customers it serves.
 */
export class Entitlements {
  private entitled: Promise<ReadonlySet<number> | 'all'> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor | null,
    private readonly now: Date,
  ) {}

  async mayDownload(productId: number): Promise<boolean> {
    const products = await this.products();
    return products === 'all' || products.has(productId);
  }

  /** Products the actor has active support for (read once per request). */
  products(): Promise<ReadonlySet<number> | 'all'> {
    this.entitled ??= this.load();
    return this.entitled;
  }

  private async load(): Promise<ReadonlySet<number> | 'all'> {
    if (!this.actor) return new Set();
    if (isStaff(this.actor)) return 'all';
    const organizations = this.actor.visibleOrganizationIds ?? [];
    if (organizations.length === 0) return new Set();
    const today = moscowDateOf(this.now);
    const contracts = await this.em.find(
      SupportContract,
      { organization: { $in: [...organizations] }, validFrom: { $lte: today }, validUntil: { $gte: today } },
      { fields: ['product'] },
    );
    return new Set(contracts.map((c) => c.product.id));
  }
}

const perRequest = new WeakMap<RequestContext, Entitlements>();

/** What the caller of this request may download, read once per request. */
export function entitlementsOf(ctx: RequestContext): Entitlements {
  let found = perRequest.get(ctx);
  if (!found) perRequest.set(ctx, (found = new Entitlements(ctx.em, ctx.actor, ctx.app.clock.now())));
  return found;
}
