import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { User } from '../../entities/auth/user.entity.js';
import { Macro, MacroAssignment } from '../../entities/macros/macro.entity.js';
import { ReplyTemplate } from '../../entities/reply-templates/reply-template.entity.js';
import { MessageKind, Resolution, TicketStatus } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import type { TicketContext } from '../tickets/index.js';
import { MacrosService, type MacroFields } from './macros.service.js';

@InputType({ description: 'A macro (#19): at least one of a reply template, a target status, an assignment' })
class MacroInput implements MacroFields {
  @Field({ description: 'At most 120 characters' })
  name!: string;

  @Field(() => Boolean, { nullable: true, description: "true: the team's (team leads and admins only); default false: your own" })
  shared?: boolean | null;

  @Field(() => ID, { nullable: true, description: "The reply template sent, in the contact's language; a team macro uses the team's templates" })
  replyTemplateId?: string | null;

  @Field(() => MessageKind, { nullable: true, description: 'What the reply is (default RECOMMENDATION); only with a template' })
  replyKind?: MessageKind | null;

  @Field(() => TicketStatus, { nullable: true, description: 'IN_PROGRESS: take a NEW ticket into work (startWork: the reaction and its notice, SLA-2/3); CLOSED: close with `resolution`' })
  targetStatus?: TicketStatus | null;

  @Field(() => Resolution, { nullable: true, description: 'Required with targetStatus CLOSED; not NO_CUSTOMER_RESPONSE (TKT-3) nor THIRD_PARTY (TKT-5 names a vendor per ticket)' })
  resolution?: Resolution | null;

  @Field(() => MacroAssignment, { nullable: true, description: 'ME and AGENT are team leads’ (TKT-6); UNASSIGN hands the ticket back' })
  assignment?: MacroAssignment | null;

  @Field(() => ID, { nullable: true, description: 'The agent, with assignment AGENT' })
  assigneeId?: string | null;
}

/** Macros (#19): a reply template, a status change and an assignment in one action, by the rules of each. */
@Resolver(() => Macro)
export class MacrosResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => [Macro], { description: "Staff: the team's macros and your own, by name" })
  macros(@Ctx() ctx: TicketContext): Promise<Macro[]> {
    return new MacrosService(ctx.em, ctx.app).list(actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Macro, { description: "Staff: writes a macro of your own, or (team leads, admins) the team's" })
  createMacro(@Arg('input', () => MacroInput) input: MacroInput, @Ctx() ctx: TicketContext): Promise<Macro> {
    return new MacrosService(ctx.em, ctx.app).create(actorOf(ctx), input);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Macro, { description: "Staff: rewrites one of your macros, or (team leads, admins) one of the team's" })
  updateMacro(@Arg('id', () => ID) id: string, @Arg('input', () => MacroInput) input: MacroInput, @Ctx() ctx: TicketContext): Promise<Macro> {
    return new MacrosService(ctx.em, ctx.app).update(actorOf(ctx), id, input);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Boolean, { description: 'Staff: deletes a macro you may change' })
  deleteMacro(@Arg('id', () => ID) id: string, @Ctx() ctx: TicketContext): Promise<boolean> {
    return new MacrosService(ctx.em, ctx.app).remove(actorOf(ctx), id);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, {
    description:
      'Staff: applies a macro to a ticket — take into work (if it says so and the ticket is NEW), the reply, closing, the assignment — ' +
      'each through the same rules as by hand and on the timeline as such. Every step is checked first: a refused one (CONFLICT, FORBIDDEN) changes nothing',
  })
  applyMacro(@Arg('macroId', () => ID) macroId: string, @Arg('ticketId', () => ID) ticketId: string, @Ctx() ctx: TicketContext): Promise<Ticket> {
    return new MacrosService(ctx.em, ctx.app).apply(actorOf(ctx), macroId, ticketId);
  }

  @FieldResolver(() => ReplyTemplate, { nullable: true, description: 'The reply template it sends; null: no reply step' })
  replyTemplate(@Root() macro: Macro): Promise<ReplyTemplate | null> {
    return macro.replyTemplate ? macro.replyTemplate.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The agent, with assignment AGENT' })
  assignee(@Root() macro: Macro): Promise<User | null> {
    return macro.assignee ? macro.assignee.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change it: your own, or the team’s for team leads and admins' })
  editable(@Root() macro: Macro, @Ctx() ctx: TicketContext): boolean {
    return new MacrosService(ctx.em, ctx.app).canEdit(actorOf(ctx), macro);
  }
}
