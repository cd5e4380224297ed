import type { EntityManager } from '@mikro-orm/core';
import { canBeCritical, isFinal } from '@desk/sla';
import { InvalidState, NotFound, ProblemList } from '../../common/errors.js';
import { existingId } from '../../common/ids.js';
import { Criticality } from '../../entities/sla/sla.enums.js';
import { TicketCategory, TicketStatus, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { Actor } from '../../graphql/actor.js';
import { runTicketChange } from './ticket-change.js';
import { periodsOf, slaTermsFor } from '../sla/index.js';
import { recordTimeline } from './timeline.js';
import { sendReactionNotice } from './reaction.js';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { type TicketServices } from './ticket-services.js';

export interface SplitPart {
  subject: string;
  description: string;
  category?: TicketCategory | null;
  criticality?: Criticality | null;
}

const MAX_PARTS = 20;

/**
 * ID-3: one incident per ticket. The parts keep the original arrival and so
 * its deadline; if the original was already reacted to, so were they (the
 * customer has been told work started on their request).
 */
export class TicketSplitService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
  ) {}

  async split(ticketId: string, parts: readonly SplitPart[], actor: Actor): Promise<Ticket[]> {
    const source = await this.em.findOne(Ticket, existingId(ticketId, 'Ticket'));
    if (!source) throw new NotFound('Ticket', ticketId);
    if (isFinal(source.status)) throw new InvalidState(`Ticket ${source.number} is ${source.status}: closed tickets never change (TKT-4)`);
    validateParts(parts, source);
    const calendar = await this.deps.calendar.current();
    const created: Ticket[] = [];
    for (const part of parts) {
      const ticket = await runTicketChange(this.em.fork(), this.deps, async (tx) => {
        const origin = await tx.findOneOrFail(Ticket, source.id);
        const criticality = part.criticality ?? origin.criticality;
        const now = this.deps.clock.now();
        const terms = slaTermsFor(calendar, origin.supportLevel, criticality, origin.receivedAt, this.deps.atRiskShare, periodsOf(origin));
        const child = tx.create(Ticket, {
          subject: part.subject.trim(),
          description: part.description.trim(),
          category: part.category ?? origin.category,
          criticality,
          supportLevel: origin.supportLevel,
          channel: origin.channel,
          // A part waits for the customer only once an agent asks it something of its own.
          status: origin.status === TicketStatus.NEW ? TicketStatus.NEW : TicketStatus.IN_PROGRESS,
          receivedAt: origin.receivedAt,
          ...terms,
          serviceHours: origin.serviceHours,
          // A part shares the original's reaction and its proof (ID-3: the same request, the same notice);
          // a part of a taken ticket not yet proven gets its own notice below.
          respondedAt: origin.respondedAt,
          respondedBy: origin.respondedBy,
          awaitingReaction: origin.awaitingReaction,
          noticeState: origin.respondedAt ? origin.noticeState : null,
          noticeChannel: origin.respondedAt ? origin.noticeChannel : null,
          noticeProof: origin.respondedAt ? origin.noticeProof : null,
          slaOutcome: origin.slaOutcome,
          slaDecidedAt: origin.slaDecidedAt,
          slaLevel: origin.slaLevel,
          slaCriticality: origin.slaCriticality,
          slaDueAt: origin.slaDueAt,
          slaResponseSeconds: origin.slaResponseSeconds,
          // Alerts already raised for the original deadline are not raised again for its parts.
          atRiskAlerted: origin.atRiskAlerted && terms.responseDueAt.getTime() === origin.responseDueAt.getTime(),
          breachAlerted: origin.breachAlerted && terms.responseDueAt.getTime() === origin.responseDueAt.getTime(),
          organization: origin.organization,
          contract: origin.contract,
          contact: origin.contact,
          assignee: origin.assignee,
          splitFrom: origin,
          productVersion: origin.productVersion,
          buildNumber: origin.buildNumber,
          osVersion: origin.osVersion,
          osBitness: origin.osBitness,
          hardwareModel: origin.hardwareModel,
          bootMode: origin.bootMode,
          installedSoftware: origin.installedSoftware,
          escalationLevel: 0,
          createdAt: now,
          updatedAt: now,
        });
        await tx.flush();
        recordTimeline(tx, child, {
          kind: TimelineKind.SPLIT,
          at: now,
          actorId: actor.userId,
          summary: `Split from ${origin.number} (ID-3): arrival ${origin.receivedAt.toISOString()} kept`,
          data: { splitFrom: origin.id, splitFromNumber: origin.number },
        });
        recordTimeline(tx, origin, {
          kind: TimelineKind.SPLIT,
          at: now,
          actorId: actor.userId,
          summary: `Part split off as ${child.number}: ${child.subject}`,
          data: { part: child.id, partNumber: child.number, partSubject: child.subject },
        });
        // SLA-3: the part is a ticket of its own for the customer; its reaction is proven by its own notice.
        if (!origin.respondedAt && origin.status !== TicketStatus.NEW) {
          await sendReactionNotice(tx, this.deps.notices, NotificationKind.WORK_STARTED, child, now);
        }
        return child;
      });
      created.push(ticket);
    }
    return created;
  }
}

function validateParts(parts: readonly SplitPart[], source: Ticket): void {
  const problems = new ProblemList();
  if (parts.length === 0) problems.add('parts', 'name at least one incident to split off');
  if (parts.length > MAX_PARTS) problems.add('parts', `at most ${MAX_PARTS} parts at once`);
  parts.forEach((part, i) => {
    if (!part.subject?.trim()) problems.add(`parts.${i}.subject`, 'is required');
    if (!part.description?.trim()) problems.add(`parts.${i}.description`, 'is required');
    const category = part.category ?? source.category;
    if ((part.criticality ?? source.criticality) === Criticality.CRITICAL && !canBeCritical(category)) {
      problems.add(`parts.${i}.criticality`, `only an INCIDENT can be CRITICAL, not ${category} (TKT-1)`);
    }
  });
  problems.throwIfAny();
}
