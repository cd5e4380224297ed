import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { InvalidState, NotFound, ProblemList } from '../../common/errors.js';
import { existingId } from '../../common/ids.js';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { TicketFile } from '../../entities/files/ticket-file.entity.js';
import { MessageKind, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { TicketMessage } from '../../entities/tickets/ticket-message.entity.js';
import { TimelineEntry } from '../../entities/tickets/timeline-entry.entity.js';
import { Contact } from '../../entities/organizations/contact.entity.js';
import type { Actor } from '../../graphql/actor.js';
import { periodsOf, slaTermsFor } from '../sla/index.js';
import { closeAsDuplicate, joinSurvivor, mergeProblems } from './ticket-merge.rules.js';
import { moveTicketsWithin } from './ticket-change.js';
import type { TicketServices } from './ticket-services.js';

/** The conversation lines that travel with the messages and files they describe. */
const CONVERSATION_LINES = [TimelineKind.MESSAGE, TimelineKind.FILE_ATTACHED];

/**
 * #19: one incident reported twice (by phone and by e-mail, say) becomes one
 * ticket. In one queue-locked transaction the duplicate's messages, files and
 * their timeline lines join the survivor, the duplicate's own text becomes a
 * message there, the survivor takes the earlier arrival (SLA-2) and a CRITICAL
 * duplicate's criticality (its deadline recomputed, SLA-8) unless its outcome
 * is already decided (SLA-10), the duplicate closes as DUPLICATE pointing at
 * the survivor, and the customer is told. The queue hears REMOVED for the
 * duplicate and MOVED (or UPDATED) for the survivor, each with its version.
 */
export class TicketMergeService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
  ) {}

  async merge(survivorId: string, duplicateId: string, actor: Actor): Promise<Ticket> {
    const survivorKey = existingId(survivorId, 'Ticket');
    const duplicateKey = existingId(duplicateId, 'Ticket');
    if (survivorKey === duplicateKey) new ProblemList().add('duplicateId', 'is the surviving ticket itself: name another ticket of the same incident').throwIfAny();
    const calendar = await this.deps.calendar.current();
    try {
      const { survivor, events } = await this.em.transactional(async (tx) => {
        const [survivor, duplicate] = await Promise.all([tx.findOne(Ticket, survivorKey), tx.findOne(Ticket, duplicateKey)]);
        if (!survivor) throw new NotFound('Ticket', survivorId);
        if (!duplicate) throw new NotFound('Ticket', duplicateId);
        mergeProblems(survivor, duplicate).throwIfAny();
        const now = this.deps.clock.now();
        const moved = await this.moveConversation(tx, survivor, duplicate);
        const events = await moveTicketsWithin(tx, this.deps, [duplicate, survivor], (ticket) => {
          if (ticket === duplicate) closeAsDuplicate(tx, duplicate, survivor, actor.userId, now);
          else joinSurvivor(tx, survivor, duplicate, { actorId: actor.userId, now, moved, termsAt: (criticality, receivedAt) => slaTermsFor(calendar, survivor.supportLevel, criticality, receivedAt, this.deps.atRiskShare, periodsOf(survivor)) });
        });
        await this.deps.notices.notify(tx, NotificationKind.MERGED, duplicate, now, { survivorNumber: survivor.number });
        await tx.flush();
        return { survivor, events };
      });
      for (const event of events) this.deps.events.publish(event);
      return survivor;
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new InvalidState('One of the tickets was changed by someone else at the same moment; reload and try again');
      throw error;
    }
  }

  /** Messages, files and their timeline lines change tickets; the duplicate's own request becomes the survivor's message, dated by its arrival. */
  private async moveConversation(tx: EntityManager, survivor: Ticket, duplicate: Ticket): Promise<{ messages: number; files: number }> {
    const messages = await tx.nativeUpdate(TicketMessage, { ticket: duplicate.id }, { ticket: survivor.id });
    const files = await tx.nativeUpdate(TicketFile, { ticket: duplicate.id }, { ticket: survivor.id });
    await tx.nativeUpdate(TimelineEntry, { ticket: duplicate.id, kind: { $in: CONVERSATION_LINES } }, { ticket: survivor.id });
    const contact = await tx.findOneOrFail(Contact, duplicate.contact.id);
    tx.create(TicketMessage, {
      ticket: survivor,
      kind: MessageKind.CUSTOMER_REPLY,
      author: null,
      authorName: contact.fullName,
      body: `${duplicate.number} (${duplicate.channel}): ${duplicate.subject}\n\n${duplicate.description}`,
      internal: false,
      createdAt: duplicate.receivedAt,
    });
    return { messages, files };
  }
}
