import type { EntityManager } from '@mikro-orm/core';
import { autoCloseAt, type TicketAction } from '@desk/sla';
import { Forbidden, InvalidState, NotFound, ProblemList } from '../../common/errors.js';
import { existingId, idOf } from '../../common/ids.js';
import { User } from '../../entities/auth/user.entity.js';
import { TicketFile } from '../../entities/files/ticket-file.entity.js';
import { MaterialKind, MaterialRequestStatus } from '../../entities/material-requests/material-request.enums.js';
import { MaterialRequest } from '../../entities/material-requests/material-request.entity.js';
import { MaterialRequestFile } from '../../entities/material-requests/material-request-file.entity.js';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { TicketStatus, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { isStaff, type Actor } from '../../graphql/actor.js';
import { changeTicket, recordTimeline, visibleTo, type TicketServices } from '../tickets/index.js';
import { checkedText } from './material-checks.js';
import type { FulfilMaterialRequestInput, MaterialRequestInput } from './material-request.inputs.js';
import { shippingDetailsOf } from './shipping-details.js';

const MAX_ITEMS = 10;
const MAX_FILES = 50;
const ATTEMPTS = 3;

/** What fulfilling writes besides the request's own status: the files given, an equipment row. */
export type Fulfilment = (em: EntityManager, request: MaterialRequest, ticket: Ticket, now: Date) => Promise<void>;

/** The last open request was settled while the change was being prepared by someone else: choose again. */
class StaleChoice extends Error {}

/**
 * Material the vendor asks for (#19, agreement section 4). Asking is a reply:
 * the ticket waits for the customer and TKT-3's ten working days run. Each
 * request the customer fulfils restarts that count; the last open one brings
 * the ticket back to IN_PROGRESS exactly as a customer's answer does (TKT-2).
 */
export class MaterialRequestService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
  ) {}

  /** Staff ask for one or more pieces of material in one action and one notice. */
  async request(ticketId: string, items: readonly MaterialRequestInput[], actor: Actor): Promise<Ticket> {
    const problems = new ProblemList();
    if (items.length === 0) problems.add('items', 'ask for at least one piece of material');
    if (items.length > MAX_ITEMS) problems.add('items', `at most ${MAX_ITEMS} at once`);
    const asked = items.map((item, i) => ({
      kind: item.kind,
      details: checkedText(item.details, `items.${i}.details`, problems, { required: true }) ?? '',
      reason: checkedText(item.reason, `items.${i}.reason`, problems, { required: true }) ?? '',
    }));
    problems.throwIfAny();
    const calendar = await this.deps.calendar.current();
    const shippingDetails = asked.some((item) => item.kind === MaterialKind.EQUIPMENT) ? await shippingDetailsOf(this.em) : null;
    return changeTicket(this.em, this.deps, ticketId, actor, 'REPLY', async (em, ticket, now) => {
      for (const item of asked) {
        const request = em.create(MaterialRequest, { ticket, ...item, requestedBy: em.getReference(User, actor.userId), requestedAt: now });
        await em.flush();
        recordTimeline(em, ticket, {
          kind: TimelineKind.MATERIAL_REQUESTED,
          at: now,
          actorId: actor.userId,
          summary: `Material requested: ${item.kind} — ${item.details}`,
          data: { requestId: request.id, ...item },
        });
      }
      // TKT-3: as after a reply, the ticket waits and the ten working days start now.
      Object.assign(ticket, { customerAnsweredAt: null, waitingSince: now, autoCloseAt: autoCloseAt(calendar, now) });
      await this.deps.notices.notify(em, NotificationKind.MATERIAL_REQUESTED, ticket, now, { materials: asked, shippingDetails, agentId: actor.userId });
    });
  }

  /** The ticket's customer (or the partner serving it) provides the material: uploaded files, or for equipment how it was shipped. */
  async fulfil(input: FulfilMaterialRequestInput, actor: Actor): Promise<Ticket> {
    if (isStaff(actor)) throw new Forbidden("Only the ticket's customer (or its partner) provides the material asked for");
    const request = await this.find(input.requestId, actor);
    const problems = new ProblemList();
    if (request.status !== MaterialRequestStatus.OPEN) problems.add('input.requestId', `is ${request.status} already`);
    const equipment = request.kind === MaterialKind.EQUIPMENT;
    const note = checkedText(input.note, 'input.note', problems, { required: equipment });
    const files = await this.filesFor(request, input.fileIds, problems);
    if (!equipment && input.fileIds.length === 0) problems.add('input.fileIds', 'attach at least one file uploaded to the ticket');
    problems.throwIfAny();
    return this.settle(request, actor, async (em, open, ticket, now) => {
      for (const file of files) em.create(MaterialRequestFile, { request: open, file });
      Object.assign(open, { status: MaterialRequestStatus.FULFILLED, fulfilledAt: now, fulfilmentNote: note });
      recordTimeline(em, ticket, {
        kind: TimelineKind.MATERIAL_FULFILLED,
        at: now,
        actorId: actor.userId,
        summary: `Material provided: ${open.kind}${files.length ? ` (${files.map((f) => f.fileName).join(', ')})` : ''}`,
        data: { requestId: open.id, kind: open.kind, fileIds: files.map((f) => f.id), note },
      });
    });
  }

  /** Staff withdraw a request they no longer need; the ticket's status stays as it is. */
  async cancel(requestId: string, note: string | null | undefined, actor: Actor): Promise<Ticket> {
    const request = await this.find(requestId, actor);
    const problems = new ProblemList();
    if (request.status !== MaterialRequestStatus.OPEN) problems.add('requestId', `is ${request.status} already`);
    const reason = checkedText(note, 'note', problems, { required: false });
    problems.throwIfAny();
    return changeTicket(this.em, this.deps, String(request.ticket.id), actor, 'UPDATE_DETAILS', async (em, ticket, now) => {
      const open = await this.reloadOpen(em, request.id);
      Object.assign(open, { status: MaterialRequestStatus.CANCELLED, cancelledAt: now });
      recordTimeline(em, ticket, {
        kind: TimelineKind.MATERIAL_CANCELLED,
        at: now,
        actorId: actor.userId,
        summary: `Material request withdrawn: ${open.kind}${reason ? ` — ${reason}` : ''}`,
        data: { requestId: open.id, kind: open.kind, note: reason },
      });
    });
  }

  /** A request the actor may see (its ticket is visible to them), or NOT_FOUND. */
  async find(requestId: string, actor: Actor): Promise<MaterialRequest> {
    const request = await this.em.findOne(MaterialRequest, { id: existingId(requestId, 'MaterialRequest'), ticket: visibleTo(actor) });
    if (!request) throw new NotFound('MaterialRequest', requestId);
    return request;
  }

  /**
   * Fulfils an open request in one ticket change. The last open one ends the
   * wait as a customer's answer does (CUSTOMER_ANSWER: back to IN_PROGRESS,
   * ANSWER_RECEIVED); an earlier one keeps the ticket waiting and restarts
   * TKT-3's count, the customer having answered in part.
   */
  async settle(request: MaterialRequest, actor: Actor, fulfil: (em: EntityManager, open: MaterialRequest, ticket: Ticket, now: Date) => Promise<void>): Promise<Ticket> {
    for (let attempt = 1; ; attempt++) {
      const last = (await this.othersOpen(this.em.fork(), request)) === 0;
      const action: TicketAction = last ? 'CUSTOMER_ANSWER' : 'UPDATE_DETAILS';
      try {
        return await changeTicket(this.em, this.deps, String(request.ticket.id), actor, action, async (em, ticket, now) => {
          const open = await this.reloadOpen(em, request.id);
          // The status move was chosen before the queue lock: another fulfilment in between changes it.
          if (((await this.othersOpen(em, open)) === 0) !== last) throw new StaleChoice();
          await fulfil(em, open, ticket, now);
          await this.afterFulfilment(em, ticket, now, last);
        });
      } catch (error) {
        if (error instanceof StaleChoice && attempt < ATTEMPTS) continue;
        throw error;
      }
    }
  }

  private async afterFulfilment(em: EntityManager, ticket: Ticket, now: Date, last: boolean): Promise<void> {
    const waiting = ticket.status === TicketStatus.WAITING_FOR_CUSTOMER;
    if (!last) {
      if (waiting) Object.assign(ticket, { waitingSince: now, autoCloseAt: autoCloseAt(await this.deps.calendar.current(em), now) });
      return;
    }
    // "Answered by the customer" until an agent replies (My work, #13), as TicketLifecycleService.answer marks it.
    ticket.customerAnsweredAt ??= now;
    if (!waiting) return;
    Object.assign(ticket, { waitingSince: null, autoCloseAt: null });
    await this.deps.notices.notify(em, NotificationKind.ANSWER_RECEIVED, ticket, now);
  }

  private othersOpen(em: EntityManager, request: MaterialRequest): Promise<number> {
    return em.count(MaterialRequest, { ticket: request.ticket.id, status: MaterialRequestStatus.OPEN, id: { $ne: request.id } });
  }

  private async reloadOpen(em: EntityManager, id: number): Promise<MaterialRequest> {
    const open = await em.findOneOrFail(MaterialRequest, id);
    if (open.status !== MaterialRequestStatus.OPEN) throw new InvalidState(`Material request ${id} is ${open.status} already`);
    return open;
  }

  /** The named files, each uploaded to the request's ticket and visible to the customer (not an internal note's). */
  private async filesFor(request: MaterialRequest, fileIds: readonly string[], problems: ProblemList): Promise<TicketFile[]> {
    if (fileIds.length > MAX_FILES) problems.add('input.fileIds', `at most ${MAX_FILES} files`);
    const ids = [...new Set(fileIds.map((id) => idOf(id)))];
    if (ids.includes(null)) problems.add('input.fileIds', 'is not a list of ids this API returned');
    const wanted = ids.filter((id): id is number => id !== null);
    if (wanted.length === 0 || wanted.length > MAX_FILES) return [];
    const files = await this.em.find(TicketFile, {
      id: { $in: wanted },
      ticket: request.ticket.id,
      $or: [{ message: null }, { message: { internal: false } }],
    });
    if (files.length !== wanted.length) problems.add('input.fileIds', 'must name files uploaded to this ticket');
    return files;
  }
}
