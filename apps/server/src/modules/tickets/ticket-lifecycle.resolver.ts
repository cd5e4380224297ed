import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { MessageKind, RejectionReason } from '../../entities/tickets/ticket.enums.js';
import { Role } from '../../entities/auth/role.enum.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { TicketFile } from '../../entities/files/ticket-file.entity.js';
import { TicketMessage } from '../../entities/tickets/ticket-message.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { groupBy, perRequest, RequestBatch } from '../../graphql/request-batch.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import { CloseTicketInput, MissingInformation, SplitPartInput, TicketDetailsInput, toMissingInformation } from './lifecycle.inputs.js';
import { missingInformationOf } from './missing-information.js';
import { TicketLifecycleService } from './ticket-lifecycle.service.js';
import { TicketSplitService } from './ticket-split.service.js';
import { type TicketContext } from './ticket-services.js';
import { visibleRowsPerTicket } from './visible-rows.batch.js';

@Resolver(() => Ticket)
export class TicketLifecycleResolver {
  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'Agent reply to the customer; the ticket then waits for them (TKT-2, TKT-3)' })
  replyToTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('kind', () => MessageKind, { description: 'CLARIFYING_QUESTION, RECOMMENDATION, SOLUTION or UPDATE_PROVIDED' }) kind: MessageKind,
    @Arg('body') body: string,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new TicketLifecycleService(ctx.em, ctx.app).reply(ticketId, kind, body, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'A note for the team; never shown to customers or partners (TKT-9)' })
  addInternalNote(@Arg('ticketId', () => ID) ticketId: string, @Arg('body') body: string, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new TicketLifecycleService(ctx.em, ctx.app).addNote(ticketId, body, actorOf(ctx));
  }

  @Authorized(Role.CUSTOMER, Role.PARTNER)
  @Mutation(() => Ticket, {
    description:
      "The customer's answer (a partner may answer for the customers it serves). A waiting ticket goes back to IN_PROGRESS; " +
      'for a CLOSED or REJECTED ticket a new linked ticket is registered and returned (TKT-4)',
  })
  answerTicket(@Arg('ticketId', () => ID) ticketId: string, @Arg('body') body: string, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new TicketLifecycleService(ctx.em, ctx.app).answer(ticketId, { body, actor: actorOf(ctx) });
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'Closes with a resolution; THIRD_PARTY names the vendor to contact (TKT-5)' })
  closeTicket(@Arg('ticketId', () => ID) ticketId: string, @Arg('input', () => CloseTicketInput) input: CloseTicketInput, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new TicketLifecycleService(ctx.em, ctx.app).close(ticketId, input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: "Refuses support for one of TKT-7's reasons; the customer is told why" })
  rejectTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('reason', () => RejectionReason) reason: RejectionReason,
    @Arg('note', { description: 'What the customer is told, in their words' }) note: string,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new TicketLifecycleService(ctx.em, ctx.app).reject(ticketId, reason, note, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => [Ticket], { description: 'Splits incidents off into tickets of their own, keeping the original arrival (ID-3)' })
  splitTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('parts', () => [SplitPartInput]) parts: SplitPartInput[],
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket[]> {
    return new TicketSplitService(ctx.em, ctx.app).split(ticketId, parts, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'The expected resolution date the customer sees (TKT-9); null clears it' })
  setExpectedResolution(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('at', () => Date, { nullable: true }) at: Date | null,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new TicketLifecycleService(ctx.em, ctx.app).setExpectedResolution(ticketId, at, actorOf(ctx));
  }

  @Authorized()
  @Mutation(() => Ticket, { description: 'Fills in appendix-1 details (TKT-8): the customer, their partner or staff' })
  updateTicketDetails(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('input', () => TicketDetailsInput) input: TicketDetailsInput,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new TicketLifecycleService(ctx.em, ctx.app).updateDetails(ticketId, input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'Asks the customer for everything appendix 1 still lacks, in one clarifying question (TKT-8)' })
  requestMissingInformation(@Arg('ticketId', () => ID) ticketId: string, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new TicketLifecycleService(ctx.em, ctx.app).requestMissingInformation(ticketId, actorOf(ctx));
  }

  @FieldResolver(() => [TicketMessage], { description: 'Messages, oldest first; internal notes only for staff (TKT-9)' })
  messages(@Root() ticket: Ticket, @Ctx() ctx: TicketContext): Promise<TicketMessage[]> {
    return messagesOf(ctx).load(ticket.id);
  }

  @FieldResolver(() => [MissingInformation], { description: 'Appendix-1 items the request still lacks (TKT-8)' })
  async missingInformation(@Root() ticket: Ticket, @Ctx() ctx: TicketContext): Promise<MissingInformation[]> {
    return toMissingInformation(await missingInformationOf(ctx.em, ticket, await fileNamesOf(ctx).load(ticket.id)));
  }

  @FieldResolver(() => Ticket, { nullable: true, description: 'The ticket this one was split from (ID-3)' })
  splitFrom(@Root() ticket: Ticket): Promise<Ticket | null> {
    return ticket.splitFrom ? ticket.splitFrom.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => Ticket, { nullable: true, description: 'The closed ticket this one continues (TKT-4)' })
  continues(@Root() ticket: Ticket): Promise<Ticket | null> {
    return ticket.continues ? ticket.continues.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => [Ticket], { description: 'Tickets split off this one (ID-3)' })
  splitParts(@Root() ticket: Ticket, @Ctx() ctx: TicketContext): Promise<Ticket[]> {
    return splitPartsOf(ctx).load(ticket.id);
  }
}

// One query per field for every ticket in a response, not one per ticket.
const messagesOf = visibleRowsPerTicket(TicketMessage, { createdAt: 'asc', id: 'asc' });

const splitPartsOf = perRequest(
  (ctx) =>
    new RequestBatch(async (ticketIds: readonly number[]) => {
      const parts = await ctx.em.find(Ticket, { splitFrom: { $in: [...ticketIds] } }, { orderBy: { id: 'asc' } });
      return groupBy(parts, (part) => part.splitFrom!.id);
    }, [] as Ticket[]),
);

/** Every file counts for appendix 1 (screenshots, msinfo32), internal or not. */
const fileNamesOf = perRequest(
  (ctx) =>
    new RequestBatch(async (ticketIds: readonly number[]) => {
      const files = await ctx.em.find(TicketFile, { ticket: { $in: [...ticketIds] } }, { fields: ['ticket', 'fileName'] });
      const names = new Map<number, string[]>();
      for (const [ticketId, group] of groupBy(files, (file) => file.ticket.id)) names.set(ticketId, group.map((file) => file.fileName));
      return names;
    }, [] as string[]),
);
