import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { Clock } from '../../../common/clock.js';
import { checkPageSize } from '../../../common/cursor.js';
import { Forbidden, InvalidState, NotAuthenticated, NotFound, ProblemList } from '../../../common/errors.js';
import { FeatureRequestStatus } from '../../../entities/info-services/info-services.enums.js';
import { TicketCategory, TimelineKind } from '../../../entities/tickets/ticket.enums.js';
import { FeatureRequest, FeatureRequestTicket } from '../../../entities/info-services/feature-request.entity.js';
import { Organization } from '../../../entities/organizations/organization.entity.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import { SupportContract } from '../../../entities/organizations/support-contract.entity.js';
import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { User } from '../../../entities/auth/user.entity.js';
import type { EventBus } from '../../../infra/events/domain-events.js';
import { canSeeOrganization, isStaff, type Actor } from '../../../graphql/actor.js';
import { optionalExistingId, existingId } from '../../../common/ids.js';
import { recordTimeline } from '../../tickets/index.js';
import { idOf } from '../../../common/ids.js';
import { knownProduct } from '../known-product.js';

export interface FeatureRequestFields {
  title?: string | null;
  description?: string | null;
  productId?: string | null;
  ticketId?: string | null;
}

export interface FeatureRequestDependencies {
  readonly clock: Clock;
  readonly events: EventBus;
}

/**
 * SVC-5: feature requests, registered by staff (from a FEATURE_REQUEST ticket
 * or on their own), with a status, linked to every ticket that asked for them.
 * Customers and partners see the ones linked to tickets they may see.
 */
export class FeatureRequestService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: FeatureRequestDependencies,
  ) {}

  /** Most recently changed first. */
  list(actor: Actor, args: { status: FeatureRequestStatus | null; productId: string | null; first: number }): Promise<FeatureRequest[]> {
    checkPageSize(args.first);
    const where: FilterQuery<FeatureRequest>[] = [visibleTo(actor)];
    if (args.status) where.push({ status: args.status });
    const productId = optionalExistingId(args.productId, 'Product');
    if (productId !== null) where.push({ product: productId });
    return this.em.find(FeatureRequest, { $and: where }, { orderBy: { updatedAt: 'desc', id: 'desc' }, limit: args.first });
  }

  async get(actor: Actor, id: string): Promise<FeatureRequest | null> {
    const rowId = idOf(id);
    return rowId === null ? null : this.em.findOne(FeatureRequest, { $and: [{ id: rowId }, visibleTo(actor)] });
  }

  /** Staff register a request; with `ticketId` the ticket is linked at once. */
  async register(fields: FeatureRequestFields, actor: Actor): Promise<FeatureRequest> {
    requireStaff(actor);
    const problems = new ProblemList();
    const title = fields.title?.trim() ?? '';
    if (!title || title.length > 500) problems.add('input.title', 'is required, at most 500 characters');
    const description = fields.description?.trim() ?? '';
    if (!description || description.length > 20_000) problems.add('input.description', 'is required, at most 20000 characters');
    const productId = fields.productId ? ((await knownProduct(this.em, fields.productId, problems))?.id ?? null) : null;
    const ticketId = fields.ticketId ? existingId(fields.ticketId, 'Ticket') : null;
    problems.throwIfAny();
    const request = await this.create(title, description, productId, actor);
    if (ticketId !== null) await this.link(String(request.id), String(ticketId), actor);
    return request;
  }

  /**
   * From a FEATURE_REQUEST ticket: its subject and description (unless given),
   * its contract's product, and the link to it.
   */
  async registerFromTicket(ticketId: string, fields: Pick<FeatureRequestFields, 'title' | 'description'>, actor: Actor): Promise<FeatureRequest> {
    requireStaff(actor);
    const ticket = await this.em.findOne(Ticket, existingId(ticketId, 'Ticket'));
    if (!ticket) throw new NotFound('Ticket', ticketId);
    if (ticket.category !== TicketCategory.FEATURE_REQUEST) {
      throw new InvalidState(
        `Ticket ${ticket.number} is ${ticket.category}: feature requests are registered from FEATURE_REQUEST tickets (link other tickets to an existing request)`,
      );
    }
    const contract = await this.em.findOneOrFail(SupportContract, ticket.contract.id);
    return this.register(
      {
        title: fields.title?.trim() || ticket.subject,
        description: fields.description?.trim() || ticket.description,
        productId: String(contract.product.id),
        ticketId: String(ticket.id),
      },
      actor,
    );
  }

  /** Links a ticket that asked for the feature (once; linking again changes nothing) and notes it on the ticket's timeline. */
  async link(featureRequestId: string, ticketId: string, actor: Actor): Promise<FeatureRequest> {
    requireStaff(actor);
    const requestId = existingId(featureRequestId, 'Feature request');
    const id = existingId(ticketId, 'Ticket');
    // Read apart from the transaction: the link's only write to the request row is the updatedAt below.
    const request = await this.em.fork().findOne(FeatureRequest, requestId);
    if (!request) throw new NotFound('Feature request', featureRequestId);
    let linked = false;
    try {
      linked = await this.em.transactional(async (tx) => {
        const ticket = await tx.findOne(Ticket, id);
        if (!ticket) throw new NotFound('Ticket', ticketId);
        if (await tx.findOne(FeatureRequestTicket, { featureRequest: requestId, ticket: id })) return false;
        const now = this.deps.clock.now();
        tx.create(FeatureRequestTicket, {
          featureRequest: tx.getReference(FeatureRequest, requestId),
          ticket,
          organization: tx.getReference(Organization, ticket.organization.id),
          linkedAt: now,
          linkedBy: tx.getReference(User, actor.userId),
        });
        // Not through the unit of work: that would bump the optimistic version and fail a link made at the same moment.
        await tx.nativeUpdate(FeatureRequest, { id: requestId }, { updatedAt: now });
        recordTimeline(tx, ticket, {
          kind: TimelineKind.LINKED,
          at: now,
          actorId: actor.userId,
          summary: `Linked to feature request ${request.number} «${request.title}» (${request.status})`,
          data: { featureRequestId: request.id, featureRequest: request.number, title: request.title, status: request.status },
        });
        return true;
      });
    } catch (error) {
      // The same link made by someone else at the same moment: it exists, which is what was asked.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
    // Subscribers of `ticketUpdated` see the new timeline line.
    if (linked) this.deps.events.publish({ type: 'ticket.changed', ticketId: id, queue: null });
    return this.em.findOneOrFail(FeatureRequest, requestId, { refresh: true });
  }

  async changeStatus(id: string, status: FeatureRequestStatus, note: string | null, actor: Actor): Promise<FeatureRequest> {
    requireStaff(actor);
    const requestId = existingId(id, 'Feature request');
    const statusNote = note?.trim() || null;
    if (statusNote && statusNote.length > 5_000) new ProblemList().add('note', 'must be at most 5000 characters').throwIfAny();
    try {
      return await this.em.transactional(async (tx) => {
        const request = await tx.findOne(FeatureRequest, requestId);
        if (!request) throw new NotFound('Feature request', id);
        if (request.status === status && request.statusNote === statusNote) return request;
        const now = this.deps.clock.now();
        if (request.status !== status) request.statusChangedAt = now;
        request.status = status;
        request.statusNote = statusNote;
        request.updatedAt = now;
        return request;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new InvalidState(`Feature request ${id} was changed by someone else just now; look at it again`);
      throw error;
    }
  }

  /** Requests a ticket is linked to (for anyone who may see the ticket). */
  async ofTicket(ticketId: number): Promise<FeatureRequest[]> {
    const links = await this.em.find(FeatureRequestTicket, { ticket: ticketId }, { populate: ['featureRequest'], orderBy: { linkedAt: 'asc', id: 'asc' } });
    return links.map((link) => link.featureRequest.getEntity());
  }

  private async create(title: string, description: string, productId: number | null, actor: Actor): Promise<FeatureRequest> {
    const now = this.deps.clock.now();
    const request = this.em.create(FeatureRequest, {
      title,
      description,
      product: productId === null ? null : this.em.getReference(Product, productId),
      status: FeatureRequestStatus.REGISTERED,
      statusNote: null,
      statusChangedAt: now,
      createdBy: this.em.getReference(User, actor.userId),
      createdAt: now,
      updatedAt: now,
    });
    await this.em.flush();
    return request;
  }
}

/** Staff see every request; customers and partners those linked to tickets of organizations they may see. */
function visibleTo(actor: Actor): FilterQuery<FeatureRequest> {
  if (actor.visibleOrganizationIds === null) return {};
  return { links: { organization: { $in: [...actor.visibleOrganizationIds] } } };
}

/** The linked tickets the actor may see. */
export function visibleLinks(actor: Actor, links: readonly FeatureRequestTicket[]): FeatureRequestTicket[] {
  return isStaff(actor) ? [...links] : links.filter((link) => canSeeOrganization(actor, link.organization.id));
}

function requireStaff(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new NotAuthenticated();
  if (!isStaff(actor)) throw new Forbidden('Feature requests are registered and updated by support staff');
}
