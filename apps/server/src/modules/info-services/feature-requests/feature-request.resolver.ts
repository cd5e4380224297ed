import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FeatureRequestStatus } from '../../../entities/info-services/info-services.enums.js';
import { FeatureRequest } from '../../../entities/info-services/feature-request.entity.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { actorOf } from '../../../graphql/auth-checker.js';
import type { RequestContext } from '../../../graphql/context.js';
import { STAFF_ROLES } from '../../../graphql/actor.js';
import { FeatureRequestService, visibleLinks, type FeatureRequestFields } from './feature-request.service.js';

@InputType({ description: 'A feature request registered by staff (SVC-5)' })
export class RegisterFeatureRequestInput implements FeatureRequestFields {
  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => ID, { nullable: true })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A ticket that asked for it, linked at once' })
  ticketId?: string | null;
}

/** SVC-5: feature requests with their status and the tickets that asked for them. */
@Resolver(() => FeatureRequest)
export class FeatureRequestResolver {
  @Authorized()
  @Query(() => [FeatureRequest], {
    description: 'Feature requests, most recently changed first: all for staff; for customers and partners those their tickets asked for',
  })
  featureRequests(
    @Arg('status', () => FeatureRequestStatus, { nullable: true }) status: FeatureRequestStatus | null,
    @Arg('productId', () => ID, { nullable: true }) productId: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<FeatureRequest[]> {
    return new FeatureRequestService(ctx.em, ctx.app).list(actorOf(ctx), { status, productId, first });
  }

  @Authorized()
  @Query(() => FeatureRequest, { nullable: true, description: 'One feature request, if the caller may see it' })
  featureRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FeatureRequest | null> {
    return new FeatureRequestService(ctx.em, ctx.app).get(actorOf(ctx), id);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => FeatureRequest, { description: 'Staff: registers a feature request (status REGISTERED)' })
  registerFeatureRequest(
    @Arg('input', () => RegisterFeatureRequestInput) input: RegisterFeatureRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FeatureRequest> {
    return new FeatureRequestService(ctx.em, ctx.app).register(input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => FeatureRequest, {
    description: "Staff: registers a FEATURE_REQUEST ticket as a feature request (the ticket's subject, description and product unless given) and links it",
  })
  registerFeatureRequestFromTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Arg('description', () => String, { nullable: true }) description: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FeatureRequest> {
    return new FeatureRequestService(ctx.em, ctx.app).registerFromTicket(ticketId, { title, description }, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => FeatureRequest, { description: 'Staff: links another ticket that asks for the same feature (noted on its timeline)' })
  linkTicketToFeatureRequest(
    @Arg('featureRequestId', () => ID) featureRequestId: string,
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<FeatureRequest> {
    return new FeatureRequestService(ctx.em, ctx.app).link(featureRequestId, ticketId, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => FeatureRequest, { description: 'Staff: REGISTERED → UNDER_REVIEW → PLANNED → RELEASED, or DECLINED, with a note' })
  changeFeatureRequestStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => FeatureRequestStatus) status: FeatureRequestStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FeatureRequest> {
    return new FeatureRequestService(ctx.em, ctx.app).changeStatus(id, status, note, actorOf(ctx));
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() request: FeatureRequest): Promise<Product | null> {
    return request.product ? request.product.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => Int, { description: 'How many organizations asked for it' })
  async requestingOrganizationsCount(@Root() request: FeatureRequest): Promise<number> {
    const links = await request.links.load({ dataloader: true });
    return new Set(links.getItems().map((link) => link.organization.id)).size;
  }

  @FieldResolver(() => [Ticket], { description: 'The tickets that asked for it: all for staff, the caller\'s own for customers and partners' })
  async tickets(@Root() request: FeatureRequest, @Ctx() ctx: RequestContext): Promise<Ticket[]> {
    const links = await request.links.load({ dataloader: true });
    const visible = visibleLinks(actorOf(ctx), links.getItems());
    return Promise.all(visible.map((link) => link.ticket.loadOrFail({ dataloader: true })));
  }
}

/** `Ticket.featureRequests`: what the ticket was registered as (SVC-5). */
@Resolver(() => Ticket)
export class TicketFeatureRequestsResolver {
  @FieldResolver(() => [FeatureRequest], { description: 'Feature requests this ticket asked for (SVC-5)' })
  featureRequests(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<FeatureRequest[]> {
    return new FeatureRequestService(ctx.em, ctx.app).ofTicket(ticket.id);
  }
}
