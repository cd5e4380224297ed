import { Arg, Authorized, Ctx, Extensions, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CHECKS_OWN_TEXT } from '../../graphql/argument-text.js';
import { scheduleFor, slaStateAt } from '@desk/sla';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { Criticality, SlaState } from '../../entities/sla/sla.enums.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { TimelineEntry } from '../../entities/tickets/timeline-entry.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { TicketConnection, toTicketConnection } from '../../graphql/connection.js';
import { LEAD_ROLES, STAFF_ROLES, isStaff } from '../../graphql/actor.js';
import { slaClockNow } from './sla-clock.js';
import { asSeenByCustomer, type TimelineLine } from './customer-timeline.js';
import { CreateTicketInput } from './create-ticket.input.js';
import { TicketActionsService } from './ticket-actions.service.js';
import { TicketAssignmentService } from './ticket-assignment.service.js';
import { TicketFilterInput } from './ticket-filter.input.js';
import { TicketIntakeService } from './ticket-intake.service.js';
import { TicketQueryService } from './ticket-query.service.js';
import { type TicketContext } from './ticket-services.js';
import { visibleRowsPerTicket } from './visible-rows.batch.js';
import { TicketSla, ticketSlaAt } from './ticket-sla.js';
import { periodsOf } from '../sla/index.js';
import { TicketRow } from '../queue/index.js';
import { ReactionNotice, reactionNoticeOf } from './reaction-notice.type.js';
import { SlaDecision, slaDecisionOf } from './sla-decision.type.js';

@Resolver(() => Ticket)
export class TicketResolver {
  @Authorized()
  @Query(() => Ticket, { nullable: true, description: 'A ticket the caller may see; null otherwise' })
  ticket(@Arg('id', () => ID) id: string, @Ctx() ctx: TicketContext): Promise<Ticket | null> {
    return new TicketQueryService(ctx.em).get(id, actorOf(ctx));
  }

  @Authorized()
  @Query(() => TicketConnection, { description: 'Tickets the caller may see, newest first' })
  async tickets(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => TicketFilterInput, { nullable: true }) filter: TicketFilterInput | null,
    @Ctx() ctx: TicketContext,
  ): Promise<TicketConnection> {
    return toTicketConnection(await new TicketQueryService(ctx.em).list(actorOf(ctx), first ?? 50, after, filter), after);
  }

  @Authorized()
  // The intake checks the text itself, so a refused request is kept before the error goes back (#15 finding 4).
  @Extensions({ [CHECKS_OWN_TEXT]: true })
  @Mutation(() => Ticket, { description: 'Registers a request (ID-1, ID-2); an expired contract yields a REJECTED ticket' })
  createTicket(@Arg('input', () => CreateTicketInput) input: CreateTicketInput, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new TicketIntakeService(ctx.em, ctx.app).submit(input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'The reaction: assigns to the caller if unassigned and notifies the customer (SLA-2, SLA-3)' })
  startWork(@Arg('ticketId', () => ID) ticketId: string, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new TicketActionsService(ctx.em, ctx.app).startWork(ticketId, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, {
    description: 'SLA-3: the customer was told by phone that the ticket is registered and work started; the call time is the reaction if it is the first proof',
  })
  recordPhoneNotice(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('calledAt', () => Date) calledAt: Date,
    @Arg('note', () => String, { nullable: true }) note: string | null | undefined,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new TicketActionsService(ctx.em, ctx.app).recordPhoneNotice(ticketId, calledAt, note ?? null, actorOf(ctx));
  }

  @Authorized(...LEAD_ROLES)
  @Mutation(() => Ticket, { description: 'Team lead: gives the ticket to another agent (TKT-6)' })
  assignTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('assigneeId', () => ID) assigneeId: string,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new TicketAssignmentService(ctx.em, ctx.app).assign(ticketId, assigneeId, actorOf(ctx));
  }

  @Authorized(...LEAD_ROLES)
  @Mutation(() => [Ticket], { description: 'Team lead: gives several tickets to one agent at once; a bad selection changes nothing (TKT-6)' })
  assignTickets(
    @Arg('ticketIds', () => [ID]) ticketIds: string[],
    @Arg('assigneeId', () => ID) assigneeId: string,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket[]> {
    return new TicketAssignmentService(ctx.em, ctx.app).assignMany(ticketIds, assigneeId, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'Nobody holds the ticket any more: a lead takes it off anyone, an agent hands back their own (TKT-6)' })
  unassignTicket(@Arg('ticketId', () => ID) ticketId: string, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new TicketAssignmentService(ctx.em, ctx.app).unassign(ticketId, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'Raises the escalation level with a reason (TKT-6)' })
  escalateTicket(@Arg('ticketId', () => ID) ticketId: string, @Arg('reason') reason: string, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new TicketActionsService(ctx.em, ctx.app).escalate(ticketId, reason, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'Reclassifies; the deadline is recomputed from the original arrival (SLA-8)' })
  changeCriticality(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('criticality', () => Criticality) criticality: Criticality,
    @Arg('reason') reason: string,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new TicketActionsService(ctx.em, ctx.app).changeCriticality(ticketId, criticality, reason, actorOf(ctx));
  }

  // A read-model row (#17) carries its organization's id and name, and its assignee's id: no query.
  @FieldResolver(() => Organization)
  organization(@Root() ticket: Ticket | TicketRow): Promise<Organization> | TicketRow['organization'] {
    return ticket instanceof TicketRow ? ticket.organization : ticket.organization.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() ticket: Ticket | TicketRow): Promise<User> | TicketRow['assignee'] {
    if (ticket instanceof TicketRow) return ticket.assignee;
    return ticket.assignee ? ticket.assignee.loadOrFail({ dataloader: true }) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The agent who reacted: who held the ticket when the notice was proven received, or who phoned (SLA-9)' })
  async respondedBy(@Root() ticket: Ticket): Promise<User | null> {
    return ticket.respondedBy ? ticket.respondedBy.loadOrFail({ dataloader: true }) : null;
  }

  @FieldResolver(() => ReactionNotice, { nullable: true, description: 'The reaction notice and its proof of receipt; null before work started (SLA-3)' })
  reactionNotice(@Root() ticket: Ticket): ReactionNotice | null {
    return reactionNoticeOf(ticket);
  }

  @FieldResolver(() => SlaDecision, { nullable: true, description: 'The outcome as decided once, with the terms in force then; null while undecided (SLA-10)' })
  slaDecision(@Root() ticket: Ticket): SlaDecision | null {
    return slaDecisionOf(ticket);
  }

  @FieldResolver(() => Contact)
  contact(@Root() ticket: Ticket): Promise<Contact> {
    return ticket.contact.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => SlaState, { description: 'Response-time state now (SLA-7, SLA-9)' })
  async slaState(@Root() ticket: Ticket, @Ctx() ctx: TicketContext): Promise<SlaState> {
    const calendar = await ctx.app.calendar.current();
    return slaStateAt({
      schedule: scheduleFor(ticket.supportLevel, calendar, periodsOf(ticket)),
      receivedAt: ticket.receivedAt,
      responseDueAt: ticket.responseDueAt,
      respondedAt: ticket.respondedAt,
      now: slaClockNow(ticket, ctx.app.clock.now()),
      atRiskShare: ctx.app.atRiskShare,
    }).state;
  }

  @FieldResolver(() => TicketSla, {
    description: 'The response-time clock at the moment of the read: state, deadline, remaining and elapsed service seconds, running or paused, the service hours it counts in',
  })
  async sla(@Root() ticket: Ticket, @Ctx() ctx: TicketContext): Promise<TicketSla> {
    return ticketSlaAt(ticket, await ctx.app.calendar.current(), ctx.app.clock.now(), ctx.app.atRiskShare);
  }

  @FieldResolver(() => [TimelineEntry], { description: 'Everything that happened to the ticket, oldest first; internal entries only for staff (TKT-9)' })
  async timeline(@Root() ticket: Ticket, @Ctx() ctx: TicketContext): Promise<TimelineLine[]> {
    const entries = await timelinesOf(ctx).load(ticket.id);
    return isStaff(ctx.actor) ? entries : entries.map(asSeenByCustomer);
  }
}

/** The timelines of every ticket in a response, in one query. */
const timelinesOf = visibleRowsPerTicket(TimelineEntry, { at: 'asc', id: 'asc' });
