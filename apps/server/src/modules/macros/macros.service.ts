import type { EntityManager } from '@mikro-orm/core';
import { Forbidden, InvalidState, NotFound, ProblemList } from '../../common/errors.js';
import { existingId, idOf } from '../../common/ids.js';
import { User } from '../../entities/auth/user.entity.js';
import { Macro, MacroAssignment } from '../../entities/macros/macro.entity.js';
import { ReplyTemplate } from '../../entities/reply-templates/reply-template.entity.js';
import { MessageKind, Resolution, TicketStatus } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { ASSIGNABLE_ROLES, LEAD_ROLES, type Actor } from '../../graphql/actor.js';
import { ReplyTemplatesService } from '../reply-templates/index.js';
import { TicketActionsService, TicketAssignmentService, TicketLifecycleService, type TicketServices } from '../tickets/index.js';
import { planMacro, type MacroStep } from './macro-plan.js';

export const MAX_NAME = 120;
export const MAX_PERSONAL_MACROS = 100;
const REPLY_KINDS: readonly MessageKind[] = [MessageKind.CLARIFYING_QUESTION, MessageKind.RECOMMENDATION, MessageKind.SOLUTION, MessageKind.UPDATE_PROVIDED];
const TARGET_STATUSES: readonly TicketStatus[] = [TicketStatus.IN_PROGRESS, TicketStatus.CLOSED];
/** NO_CUSTOMER_RESPONSE is the auto-close's alone (TKT-3); THIRD_PARTY names a vendor per ticket (TKT-5). */
const MACRO_RESOLUTIONS: readonly Resolution[] = Object.values(Resolution).filter((r) => r !== Resolution.NO_CUSTOMER_RESPONSE && r !== Resolution.THIRD_PARTY);

export interface MacroFields {
  readonly name: string;
  readonly shared?: boolean | null;
  readonly replyTemplateId?: string | null;
  readonly replyKind?: MessageKind | null;
  readonly targetStatus?: TicketStatus | null;
  readonly resolution?: Resolution | null;
  readonly assignment?: MacroAssignment | null;
  readonly assigneeId?: string | null;
}

type MacroValues = Pick<Macro, 'name' | 'replyKind' | 'targetStatus' | 'resolution' | 'assignment'> & {
  replyTemplate: ReplyTemplate | null;
  assignee: User | null;
};

/** Macros (#19): the team's and each staff member's own, and applying one to a ticket. */
export class MacrosService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
  ) {}

  list(actor: Actor): Promise<Macro[]> {
    return this.em.find(Macro, { $or: [{ shared: true }, { owner: actor.userId }] }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async create(actor: Actor, fields: MacroFields): Promise<Macro> {
    const shared = fields.shared ?? false;
    this.requireEditRight(actor, shared);
    const problems = new ProblemList();
    const values = await this.checked(actor, fields, shared, problems);
    if (!shared && (await this.em.count(Macro, { owner: actor.userId, shared: false })) >= MAX_PERSONAL_MACROS) {
      problems.add('input', `at most ${MAX_PERSONAL_MACROS} macros of your own; delete one first`);
    }
    problems.throwIfAny();
    const now = this.deps.clock.now();
    const macro = this.em.create(Macro, { ...values, shared, owner: this.em.getReference(User, actor.userId), createdAt: now, updatedAt: now });
    await this.em.flush();
    return macro;
  }

  async update(actor: Actor, id: string, fields: MacroFields): Promise<Macro> {
    const macro = await this.editable(actor, id);
    const shared = fields.shared ?? macro.shared;
    this.requireEditRight(actor, shared);
    const problems = new ProblemList();
    const values = await this.checked(actor, fields, shared, problems);
    problems.throwIfAny();
    Object.assign(macro, { ...values, shared, updatedAt: this.deps.clock.now() });
    await this.em.flush();
    return macro;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    this.em.remove(await this.editable(actor, id));
    await this.em.flush();
    return true;
  }

  canEdit(actor: Actor, macro: Macro): boolean {
    return macro.shared ? LEAD_ROLES.includes(actor.role) : macro.owner.id === actor.userId;
  }

  /**
   * Applies the macro's steps in order, each through the service that does it
   * by hand (its own rules, timeline lines and customer notices). Every step is
   * checked first — the ticket's state, the caller's rights, the template, the
   * agent — so a refused step changes nothing.
   */
  async apply(actor: Actor, macroId: string, ticketId: string): Promise<Ticket> {
    const macro = await this.visible(actor, macroId);
    const ticket = await this.em.findOne(Ticket, { id: existingId(ticketId, 'Ticket') });
    if (!ticket) throw new NotFound('Ticket', ticketId);
    const plan = planMacro(
      { reply: macro.replyTemplate !== null, targetStatus: macro.targetStatus, assignment: macro.assignment, assigneeId: macro.assignee?.id ?? null },
      { number: ticket.number, status: ticket.status, assigneeId: ticket.assignee?.id ?? null },
      { userId: actor.userId, mayAssign: LEAD_ROLES.includes(actor.role) },
    );
    if ('refused' in plan) throw plan.forbidden ? new Forbidden(`Macro «${macro.name}»: ${plan.refused}`) : new InvalidState(`Macro «${macro.name}»: ${plan.refused}`);
    if (plan.steps.length === 0) throw new InvalidState(`Macro «${macro.name}» has nothing to do on ticket ${ticket.number}`);
    // Rendered before anything changes: a template that is gone or no longer visible refuses the whole macro.
    const reply = macro.replyTemplate ? await new ReplyTemplatesService(this.em, this.deps.clock).render(actor, String(macro.replyTemplate.id), ticketId) : null;
    if (plan.steps.some((step) => step.kind === 'ASSIGN')) await this.requireAssignable(macro);
    let result = ticket;
    for (const step of plan.steps) result = await this.run(step, actor, macro, ticket.id, reply?.text ?? '');
    return result;
  }

  private run(step: MacroStep, actor: Actor, macro: Macro, ticketId: number, replyText: string): Promise<Ticket> {
    const id = String(ticketId);
    const em = this.em.fork();
    switch (step.kind) {
      case 'START_WORK':
        return new TicketActionsService(em, this.deps).startWork(id, actor);
      case 'REPLY':
        return new TicketLifecycleService(em, this.deps).reply(id, macro.replyKind ?? MessageKind.RECOMMENDATION, replyText, actor);
      case 'CLOSE':
        return new TicketLifecycleService(em, this.deps).close(id, { resolution: macro.resolution! }, actor);
      case 'ASSIGN':
        return new TicketAssignmentService(em, this.deps).assign(id, String(step.to), actor);
      case 'UNASSIGN':
        return new TicketAssignmentService(em, this.deps).unassign(id, actor);
    }
  }

  private async requireAssignable(macro: Macro): Promise<void> {
    if (macro.assignment !== MacroAssignment.AGENT) return;
    const assignee = macro.assignee ? await this.em.findOne(User, macro.assignee.id) : null;
    if (!assignee?.active || !ASSIGNABLE_ROLES.includes(assignee.role)) {
      throw new InvalidState(`Macro «${macro.name}»: its agent is no longer an active agent or team lead; edit the macro`);
    }
  }

  private async checked(actor: Actor, fields: MacroFields, shared: boolean, problems: ProblemList): Promise<MacroValues> {
    const name = fields.name.trim();
    if (!name) problems.add('input.name', 'is required');
    else if (name.length > MAX_NAME) problems.add('input.name', `must be at most ${MAX_NAME} characters`);

    const replyTemplate = await this.template(actor, fields.replyTemplateId ?? null, shared, problems);
    const replyKind = fields.replyKind ?? null;
    if (replyKind && fields.replyTemplateId == null) problems.add('input.replyKind', 'is set only with a reply template');
    else if (replyKind && !REPLY_KINDS.includes(replyKind)) problems.add('input.replyKind', `must be one of ${REPLY_KINDS.join(', ')}`);

    const targetStatus = fields.targetStatus ?? null;
    const resolution = fields.resolution ?? null;
    if (targetStatus && !TARGET_STATUSES.includes(targetStatus)) {
      problems.add('input.targetStatus', 'must be IN_PROGRESS (take into work) or CLOSED; a reply itself makes the ticket wait for the customer (TKT-2)');
    }
    if (targetStatus === TicketStatus.CLOSED && !resolution) problems.add('input.resolution', 'is required when the macro closes the ticket');
    if (resolution && targetStatus !== TicketStatus.CLOSED) problems.add('input.resolution', 'is set only when the macro closes the ticket');
    else if (resolution && !MACRO_RESOLUTIONS.includes(resolution)) problems.add('input.resolution', `must be one of ${MACRO_RESOLUTIONS.join(', ')}`);

    const assignment = fields.assignment ?? null;
    const assignee = await this.assignee(fields.assigneeId ?? null, assignment, problems);
    if (assignment && targetStatus === TicketStatus.CLOSED) problems.add('input.assignment', 'a closed ticket is not assigned (TKT-4)');
    if ((assignment === MacroAssignment.ME || assignment === MacroAssignment.AGENT) && !shared && !LEAD_ROLES.includes(actor.role)) {
      problems.add('input.assignment', 'only team leads assign tickets (TKT-6)');
    }
    if (fields.replyTemplateId == null && !targetStatus && !assignment) problems.add('input', 'a macro does at least one thing: a reply, a status change or an assignment');
    return { name, replyTemplate, replyKind: replyTemplate ? (replyKind ?? MessageKind.RECOMMENDATION) : null, targetStatus, resolution, assignment, assignee };
  }

  private async template(actor: Actor, rawId: string | null, shared: boolean, problems: ProblemList): Promise<ReplyTemplate | null> {
    if (rawId === null) return null;
    const id = idOf(rawId);
    const template = id === null ? null : await this.em.findOne(ReplyTemplate, { id, $or: [{ shared: true }, { owner: actor.userId }] });
    if (!template) problems.add('input.replyTemplateId', 'names no reply template you can see');
    else if (shared && !template.shared) problems.add('input.replyTemplateId', "a team macro uses the team's templates, not a personal one");
    return template;
  }

  private async assignee(rawId: string | null, assignment: MacroAssignment | null, problems: ProblemList): Promise<User | null> {
    if (assignment !== MacroAssignment.AGENT) {
      if (rawId !== null) problems.add('input.assigneeId', 'is set only with assignment AGENT');
      return null;
    }
    const id = rawId === null ? null : idOf(rawId);
    const user = id === null ? null : await this.em.findOne(User, { id, active: true });
    if (!user || !ASSIGNABLE_ROLES.includes(user.role)) {
      problems.add('input.assigneeId', 'must be an active agent or team lead');
      return null;
    }
    return user;
  }

  private async visible(actor: Actor, id: string): Promise<Macro> {
    const macro = await this.em.findOne(Macro, { id: existingId(id, 'Macro'), $or: [{ shared: true }, { owner: actor.userId }] });
    if (!macro) throw new NotFound('Macro', id);
    return macro;
  }

  private async editable(actor: Actor, id: string): Promise<Macro> {
    const macro = await this.visible(actor, id);
    if (!this.canEdit(actor, macro)) throw new Forbidden("Only team leads and admins change the team's macros");
    return macro;
  }

  private requireEditRight(actor: Actor, shared: boolean): void {
    if (shared && !LEAD_ROLES.includes(actor.role)) throw new Forbidden("Only team leads and admins write the team's macros");
  }
}
