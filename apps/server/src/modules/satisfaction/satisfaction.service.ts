import type { EntityManager } from '@mikro-orm/core';
import { moscowDateOf } from '@desk/sla';
import type { Clock } from '../../common/clock.js';
import { Forbidden, NotFound, ProblemList } from '../../common/errors.js';
import { existingId } from '../../common/ids.js';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { TicketRating } from '../../entities/satisfaction/ticket-rating.entity.js';
import { TicketStatus } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { Actor } from '../../graphql/actor.js';
import { visibleTo } from '../tickets/index.js';

const MAX_COMMENT = 2000;

export enum SatisfactionDimension { AGENT = 'AGENT', LEVEL = 'LEVEL', MONTH = 'MONTH' }

export interface SatisfactionRow {
  readonly key: string;
  readonly label: string;
  readonly ratings: number;
  readonly average: number;
  /** How many gave 1, 2, 3, 4 and 5. */
  readonly distribution: number[];
}

/** Satisfaction (#19): the customer rates the answer once a ticket is closed; leads read the averages. */
export class SatisfactionService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async rate(actor: Actor, ticketId: string, score: number, comment: string | null | undefined): Promise<TicketRating> {
    if (actor.role !== Role.CUSTOMER) throw new Forbidden('Only the customer rates the answer to its ticket');
    const ticket = await this.em.findOne(Ticket, { $and: [{ id: existingId(ticketId, 'Ticket') }, visibleTo(actor)] });
    if (!ticket) throw new NotFound('Ticket', ticketId);
    const problems = new ProblemList();
    if (ticket.status !== TicketStatus.CLOSED) problems.add('ticketId', 'only a closed ticket can be rated');
    else if ((await this.em.count(TicketRating, { ticket: ticket.id })) > 0) problems.add('ticketId', 'is rated already; a rating is given once');
    if (!Number.isInteger(score) || score < 1 || score > 5) problems.add('score', 'must be a whole number from 1 to 5');
    const text = comment?.trim() || null;
    if (text && text.length > MAX_COMMENT) problems.add('comment', `must be at most ${MAX_COMMENT} characters`);
    problems.throwIfAny();
    const rating = this.em.create(TicketRating, { ticket, score, comment: text, ratedBy: this.em.getReference(User, actor.userId), ratedAt: this.clock.now() });
    await this.em.flush();
    return rating;
  }

  ratingOf(ticket: Ticket): Promise<TicketRating | null> {
    return this.em.findOne(TicketRating, { ticket: ticket.id });
  }

  /** Ratings given in [from, to), by the agent who held the ticket, its level, or the Moscow month of the rating. */
  async report(from: Date, to: Date, dimension: SatisfactionDimension): Promise<SatisfactionRow[]> {
    if (to.getTime() <= from.getTime()) new ProblemList().add('to', 'must be after from').throwIfAny();
    const ratings = await this.em.find(TicketRating, { ratedAt: { $gte: from, $lt: to } }, { populate: ['ticket.assignee'] });
    const groups = new Map<string, { label: string; scores: number[] }>();
    for (const rating of ratings) {
      const ticket = rating.ticket.getEntity();
      const [key, label] = groupOf(ticket, rating, dimension);
      const group = groups.get(key) ?? { label, scores: [] };
      group.scores.push(rating.score);
      groups.set(key, group);
    }
    return [...groups.entries()]
      .map(([key, { label, scores }]) => ({
        key,
        label,
        ratings: scores.length,
        average: Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 100) / 100,
        distribution: [1, 2, 3, 4, 5].map((score) => scores.filter((s) => s === score).length),
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }
}

function groupOf(ticket: Ticket, rating: TicketRating, dimension: SatisfactionDimension): [key: string, label: string] {
  if (dimension === SatisfactionDimension.LEVEL) return [ticket.supportLevel, ticket.supportLevel];
  if (dimension === SatisfactionDimension.MONTH) {
    const month = moscowDateOf(rating.ratedAt).slice(0, 7);
    return [month, month];
  }
  const agent = ticket.assignee?.getEntity() ?? null;
  return agent ? [String(agent.id), agent.fullName] : ['none', '—'];
}
