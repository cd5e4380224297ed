import type { EntityManager } from '@mikro-orm/core';
import { nextStatus } from '@desk/sla';
import { Forbidden, ProblemList } from '../../common/errors.js';
import { idOf, parseId } from '../../common/ids.js';
import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { ASSIGNABLE_ROLES, LEAD_ROLES, type Actor } from '../../graphql/actor.js';
import { changeTicket } from './change-ticket.js';
import { recordTimeline } from './timeline.js';
import type { TicketServices } from './ticket-services.js';

/** The most tickets one reassignment may move (a lead's selection on the board). */
export const MAX_BULK_ASSIGN = 100;

/** Who holds a ticket (TKT-6): a lead gives tickets to agents, one or many at once, or takes a ticket off anyone; an agent can hand back their own. */
export class TicketAssignmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
  ) {}

  /** TKT-6: team leads reassign tickets between agents. */
  async assign(ticketId: string, assigneeId: string, actor: Actor): Promise<Ticket> {
    const assignee = await this.assignee(assigneeId, 'assigneeId');
    return this.assignTo(ticketId, assignee, actor);
  }

  /**
   * Several tickets to one agent. Every ticket is checked first (each problem named by its index in
   * `ticketIds`), so a bad selection changes nothing; then each ticket is its own change on the timeline.
   */
  async assignMany(ticketIds: readonly string[], assigneeId: string, actor: Actor): Promise<Ticket[]> {
    const problems = new ProblemList();
    if (ticketIds.length === 0) problems.add('ticketIds', 'name at least one ticket');
    if (ticketIds.length > MAX_BULK_ASSIGN) problems.add('ticketIds', `at most ${MAX_BULK_ASSIGN} tickets at once`);
    const ids = ticketIds.map((raw) => idOf(raw));
    const unique = new Set(ids.filter((id): id is number => id !== null));
    const found = new Map((await this.em.find(Ticket, { id: { $in: [...unique] } })).map((t) => [t.id, t]));
    ids.forEach((id, index) => {
      const ticket = id === null ? undefined : found.get(id);
      if (!ticket) problems.add(`ticketIds.${index}`, 'no such ticket');
      else if (nextStatus(ticket.status, 'ASSIGN') === null) problems.add(`ticketIds.${index}`, `${ticket.number} is ${ticket.status} and can no longer be assigned (TKT-4)`);
    });
    let assignee: User | null = null;
    try {
      assignee = await this.assignee(assigneeId, 'assigneeId');
    } catch {
      problems.add('assigneeId', 'must be an active agent or team lead');
    }
    problems.throwIfAny();
    const changed: Ticket[] = [];
    for (const id of unique) changed.push(await this.assignTo(String(id), assignee!, actor));
    return changed;
  }

  /** Nobody holds the ticket any more: it is back with the team (and in the unassigned view). */
  async unassign(ticketId: string, actor: Actor): Promise<Ticket> {
    return changeTicket(this.em, this.deps, ticketId, actor, 'ASSIGN', (em, ticket, now) => {
      const previous = ticket.assignee?.id ?? null;
      if (previous === null) return;
      if (!LEAD_ROLES.includes(actor.role) && previous !== actor.userId) {
        throw new Forbidden('Only a team lead takes a ticket off another agent; you can hand back your own');
      }
      ticket.assignee = null;
      recordTimeline(em, ticket, {
        kind: TimelineKind.ASSIGNED,
        at: now,
        actorId: actor.userId,
        summary: previous === actor.userId ? 'Handed the ticket back to the team' : 'Unassigned',
        data: { from: previous, to: null },
      });
    });
  }

  private assignTo(ticketId: string, assignee: User, actor: Actor): Promise<Ticket> {
    return changeTicket(this.em, this.deps, ticketId, actor, 'ASSIGN', (em, ticket, now) => {
      const previous = ticket.assignee?.id ?? null;
      if (previous === assignee.id) return;
      ticket.assignee = em.getReference(User, assignee.id, { wrapped: true });
      recordTimeline(em, ticket, {
        kind: TimelineKind.ASSIGNED,
        at: now,
        actorId: actor.userId,
        summary: `Assigned to ${assignee.fullName}`,
        data: { from: previous, to: assignee.id, assigneeName: assignee.fullName },
      });
    });
  }

  private async assignee(assigneeId: string, field: string): Promise<User> {
    const assignee = await this.em.findOne(User, { id: parseId(assigneeId, field), active: true });
    if (!assignee || !ASSIGNABLE_ROLES.includes(assignee.role)) new ProblemList().add(field, 'must be an active agent or team lead').throwIfAny();
    return assignee!;
  }
}
