/**
 * The steps a macro (#19) takes on a ticket, worked out before any is taken,
 * so a step the ticket's state or the caller's role refuses changes nothing.
 * Pure: TKT-2's state machine and TKT-6's assignment rights, nothing else.
 */
import { isFinal, nextStatus, type TicketAction, type TicketStatus } from '@desk/sla';

export type MacroStep =
  | { readonly kind: 'START_WORK' }
  | { readonly kind: 'REPLY' }
  | { readonly kind: 'CLOSE' }
  | { readonly kind: 'ASSIGN'; readonly to: number }
  | { readonly kind: 'UNASSIGN' };

export interface MacroShape {
  readonly reply: boolean;
  readonly targetStatus: TicketStatus | null;
  readonly assignment: 'ME' | 'AGENT' | 'UNASSIGN' | null;
  readonly assigneeId: number | null;
}

export interface TicketState {
  readonly number: string;
  readonly status: TicketStatus;
  readonly assigneeId: number | null;
}

export interface Applier {
  readonly userId: number;
  /** Team leads and admins give tickets to agents (TKT-6). */
  readonly mayAssign: boolean;
}

export type MacroPlan = { readonly steps: readonly MacroStep[] } | { readonly refused: string; readonly forbidden: boolean };

/**
 * The order: the reply, the status change, the assignment — except that taking
 * a NEW ticket into work comes first, because a reply needs the reaction before
 * it (SLA-2), exactly as by hand.
 */
export function planMacro(macro: MacroShape, ticket: TicketState, by: Applier): MacroPlan {
  if (isFinal(ticket.status)) return refuse(`Ticket ${ticket.number} is ${ticket.status}: closed tickets never change (TKT-4)`);
  const steps: MacroStep[] = [];
  let status = ticket.status;
  let assignee = ticket.assigneeId;
  const take = (action: TicketAction): boolean => {
    const next = nextStatus(status, action);
    if (next === null) return false;
    status = next;
    return true;
  };
  if (macro.targetStatus === 'IN_PROGRESS' && status === 'NEW') {
    take('START_WORK');
    steps.push({ kind: 'START_WORK' });
    assignee ??= by.userId;
  }
  if (macro.reply) {
    if (!take('REPLY')) return refuse(`Ticket ${ticket.number} is ${status}: start work on it first (the reaction, SLA-2); the macro's reply was not sent`);
    steps.push({ kind: 'REPLY' });
  }
  if (macro.targetStatus === 'CLOSED') {
    take('CLOSE');
    steps.push({ kind: 'CLOSE' });
  }
  if (macro.assignment) {
    if (nextStatus(status, 'ASSIGN') === null) return refuse(`Ticket ${ticket.number} would be ${status}: it can no longer be assigned (TKT-4)`);
    const to = macro.assignment === 'ME' ? by.userId : macro.assignment === 'AGENT' ? macro.assigneeId : null;
    if (to === null && macro.assignment !== 'UNASSIGN') return refuse('The macro names no agent to assign to');
    if (to !== assignee) {
      if (to === null) {
        if (!by.mayAssign && assignee !== by.userId) return refuse('Only a team lead takes a ticket off another agent; you can hand back your own (TKT-6)', true);
        steps.push({ kind: 'UNASSIGN' });
      } else {
        if (!by.mayAssign) return refuse('Only team leads assign tickets (TKT-6); starting work on an unassigned ticket takes it', true);
        steps.push({ kind: 'ASSIGN', to });
      }
    }
  }
  return { steps };
}

function refuse(refused: string, forbidden = false): MacroPlan {
  return { refused, forbidden };
}
