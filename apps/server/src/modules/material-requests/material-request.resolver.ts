import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { TicketFile } from '../../entities/files/ticket-file.entity.js';
import { EquipmentItem } from '../../entities/material-requests/equipment-item.entity.js';
import { MaterialKind } from '../../entities/material-requests/material-request.enums.js';
import { MaterialRequest } from '../../entities/material-requests/material-request.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import { actorOf } from '../../graphql/auth-checker.js';
import type { TicketContext } from '../tickets/index.js';
import { EquipmentService } from './equipment.service.js';
import { EquipmentReceivedInput, EquipmentReturnedInput, FulfilMaterialRequestInput, MaterialRequestInput } from './material-request.inputs.js';
import { equipmentOfRequests, filesOfRequests, requestsOfTickets } from './material-request.queries.js';
import { MaterialRequestService } from './material-request.service.js';
import { shippingDetailsOf } from './shipping-details.js';

/** Material the vendor asks for (#19, agreement section 4): staff ask and track equipment, the customer provides. */
@Resolver(() => Ticket)
export class TicketMaterialResolver {
  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'Asks the customer for material, one notice for all items; the ticket then waits for them (TKT-2, TKT-3)' })
  requestMaterial(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('items', () => [MaterialRequestInput]) items: MaterialRequestInput[],
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new MaterialRequestService(ctx.em, ctx.app).request(ticketId, items, actorOf(ctx));
  }

  @Authorized(Role.CUSTOMER, Role.PARTNER)
  @Mutation(() => Ticket, {
    description:
      "The ticket's customer (or the partner serving it) provides an open request's material: files uploaded to the ticket, or for EQUIPMENT how it was shipped. " +
      'The last open request brings a waiting ticket back to IN_PROGRESS',
  })
  fulfilMaterialRequest(@Arg('input', () => FulfilMaterialRequestInput) input: FulfilMaterialRequestInput, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new MaterialRequestService(ctx.em, ctx.app).fulfil(input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'Withdraws an open material request; the ticket keeps its status' })
  cancelMaterialRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('note', () => String, { nullable: true, description: 'Why it is no longer needed' }) note: string | null,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new MaterialRequestService(ctx.em, ctx.app).cancel(requestId, note, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'Records equipment received for diagnosis; an open EQUIPMENT request is then fulfilled' })
  recordEquipmentReceived(@Arg('input', () => EquipmentReceivedInput) input: EquipmentReceivedInput, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new EquipmentService(ctx.em, ctx.app).received(input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, { description: 'Records equipment given back to the customer, with its condition; possible after the ticket is closed' })
  recordEquipmentReturned(@Arg('input', () => EquipmentReturnedInput) input: EquipmentReturnedInput, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new EquipmentService(ctx.em, ctx.app).returned(input, actorOf(ctx));
  }

  @FieldResolver(() => [MaterialRequest], { description: 'Material asked for on this ticket, oldest first (#19); open ones keep it waiting for the customer' })
  materialRequests(@Root() ticket: Ticket, @Ctx() ctx: TicketContext): Promise<MaterialRequest[]> {
    return requestsOfTickets(ctx).load(ticket.id);
  }
}

@Resolver(() => MaterialRequest)
export class MaterialRequestFieldsResolver {
  @FieldResolver(() => ID)
  ticketId(@Root() request: MaterialRequest): string {
    return String(request.ticket.id);
  }

  @FieldResolver(() => User, { description: 'The staff member who asked' })
  requestedBy(@Root() request: MaterialRequest): Promise<User> {
    return request.requestedBy.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => [TicketFile], { description: 'The files the customer gave for it' })
  files(@Root() request: MaterialRequest, @Ctx() ctx: TicketContext): Promise<TicketFile[]> {
    return filesOfRequests(ctx).load(request.id);
  }

  @FieldResolver(() => [EquipmentItem], { description: 'EQUIPMENT: the devices received for it, and where each is now' })
  equipment(@Root() request: MaterialRequest, @Ctx() ctx: TicketContext): Promise<EquipmentItem[]> {
    return equipmentOfRequests(ctx).load(request.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'EQUIPMENT: where to hand over or ship it (the desk setting materialRequests.shippingDetails)' })
  shippingDetails(@Root() request: MaterialRequest, @Ctx() ctx: TicketContext): Promise<string | null> {
    return request.kind === MaterialKind.EQUIPMENT ? shippingDetailsOf(ctx.em) : Promise.resolve(null);
  }
}
