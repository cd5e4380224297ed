import type { EntityManager } from '@mikro-orm/core';
import { moscowDateOf } from '@desk/sla';
import { NotFound, ProblemList } from '../../common/errors.js';
import { existingId } from '../../common/ids.js';
import { EquipmentItem } from '../../entities/material-requests/equipment-item.entity.js';
import { MaterialKind, MaterialRequestStatus } from '../../entities/material-requests/material-request.enums.js';
import type { MaterialRequest } from '../../entities/material-requests/material-request.entity.js';
import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { Actor } from '../../graphql/actor.js';
import { changeTicket, recordTimeline, type TicketServices } from '../tickets/index.js';
import { checkedDay, checkedText } from './material-checks.js';
import type { EquipmentReceivedInput, EquipmentReturnedInput } from './material-request.inputs.js';
import { MaterialRequestService } from './material-request.service.js';

/**
 * Equipment handed over for diagnosis (#19): staff record its receipt — which
 * fulfils the EQUIPMENT request if the customer had not yet said it was
 * shipped — and its return. Both may come after the ticket is closed (a
 * device goes back once diagnosed), so they are the team's record as a note
 * is (TKT-4 lets nothing else change on a closed ticket).
 */
export class EquipmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
  ) {}

  async received(input: EquipmentReceivedInput, actor: Actor): Promise<Ticket> {
    const requests = new MaterialRequestService(this.em, this.deps);
    const request = await requests.find(input.requestId, actor);
    const problems = new ProblemList();
    if (request.kind !== MaterialKind.EQUIPMENT) problems.add('input.requestId', `asks for ${request.kind}, not EQUIPMENT`);
    if (request.status === MaterialRequestStatus.CANCELLED) problems.add('input.requestId', 'is CANCELLED');
    const row = {
      item: checkedText(input.item, 'input.item', problems, { required: true, max: 300 }) ?? '',
      serialNumber: checkedText(input.serialNumber, 'input.serialNumber', problems, { required: true, max: 100 }) ?? '',
      receivedOn: checkedDay(input.receivedOn, 'input.receivedOn', problems, this.today()),
      conditionNotes: checkedText(input.conditionNotes, 'input.conditionNotes', problems, { required: false }),
    };
    problems.throwIfAny();
    const record = async (em: EntityManager, open: MaterialRequest, ticket: Ticket, now: Date): Promise<void> => {
      const item = em.create(EquipmentItem, { ticket, request: open, ...row });
      await em.flush();
      recordTimeline(em, ticket, {
        kind: TimelineKind.EQUIPMENT_RECEIVED,
        at: now,
        actorId: actor.userId,
        summary: `Equipment received on ${row.receivedOn}: ${row.item}, S/N ${row.serialNumber}`,
        data: { requestId: open.id, itemId: item.id, ...row },
      });
    };
    if (request.status !== MaterialRequestStatus.OPEN) {
      return changeTicket(this.em, this.deps, String(request.ticket.id), actor, 'NOTE', (em, ticket, now) => record(em, request, ticket, now));
    }
    // The device in hand is the material asked for: the request is fulfilled as if the customer had reported it shipped.
    return requests.settle(request, actor, async (em, open, ticket, now) => {
      await record(em, open, ticket, now);
      Object.assign(open, { status: MaterialRequestStatus.FULFILLED, fulfilledAt: now });
      recordTimeline(em, ticket, {
        kind: TimelineKind.MATERIAL_FULFILLED,
        at: now,
        actorId: actor.userId,
        summary: `Material provided: ${open.kind} (received by support)`,
        data: { requestId: open.id, kind: open.kind, fileIds: [], note: null },
      });
    });
  }

  async returned(input: EquipmentReturnedInput, actor: Actor): Promise<Ticket> {
    const item = await this.em.findOne(EquipmentItem, existingId(input.itemId, 'EquipmentItem'));
    if (!item) throw new NotFound('EquipmentItem', input.itemId);
    const problems = new ProblemList();
    if (item.returnedOn) problems.add('input.itemId', `was returned on ${item.returnedOn} already`);
    const returnedOn = checkedDay(input.returnedOn, 'input.returnedOn', problems, this.today(), item.receivedOn);
    const notes = checkedText(input.conditionNotes, 'input.conditionNotes', problems, { required: false });
    problems.throwIfAny();
    return changeTicket(this.em, this.deps, String(item.ticket.id), actor, 'NOTE', async (em, ticket, now) => {
      const current = await em.findOneOrFail(EquipmentItem, item.id);
      current.returnedOn = returnedOn;
      if (notes) current.conditionNotes = current.conditionNotes ? `${current.conditionNotes}\n${notes}` : notes;
      recordTimeline(em, ticket, {
        kind: TimelineKind.EQUIPMENT_RETURNED,
        at: now,
        actorId: actor.userId,
        summary: `Equipment returned on ${returnedOn}: ${current.item}, S/N ${current.serialNumber}`,
        data: { itemId: current.id, returnedOn, conditionNotes: notes },
      });
    });
  }

  private today(): string {
    return moscowDateOf(this.deps.clock.now());
  }
}
