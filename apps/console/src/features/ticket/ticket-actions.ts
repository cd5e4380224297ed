import { nextStatus, type TicketAction as LifecycleAction, type TicketStatus } from '@desk/sla';
import type { Role } from '@desk/schema';

/** What the ticket page offers; each is one mutation of the API. */
export type TicketPageAction =
  | 'startWork'
  | 'reply'
  | 'note'
  | 'requestMissing'
  | 'criticality'
  | 'escalate'
  | 'expectedResolution'
  | 'assign'
  | 'split'
  | 'close'
  | 'reject'
  | 'merge'
  | 'phoneNotice';

const LIFECYCLE: Record<TicketPageAction, LifecycleAction> = {
  startWork: 'START_WORK',
  reply: 'REPLY',
  note: 'NOTE',
  requestMissing: 'REPLY',
  criticality: 'RECLASSIFY',
  escalate: 'ESCALATE',
  expectedResolution: 'SET_EXPECTED_RESOLUTION',
  assign: 'ASSIGN',
  split: 'SPLIT',
  close: 'CLOSE',
  reject: 'REJECT',
  // #19: merging closes this ticket as a DUPLICATE: possible wherever closing is.
  merge: 'CLOSE',
  phoneNotice: 'NOTE',
};

/** TKT-6: reassigning is for team leads (and admins); agents don't see it. */
export const ASSIGNING_ROLES: readonly Role[] = ['TEAM_LEAD', 'ADMIN'];

export interface ActionContext {
  status: TicketStatus;
  missingCount: number;
  role: Role | null;
  /** Taken into work, the customer not yet proven notified (SLA-3): a phone call can be recorded. */
  noticePending?: boolean;
}

/**
 * The actions TKT-2's state machine allows now (the same rules the server
 * enforces, from @desk/sla), minus the ones the role may not use. A closed
 * ticket only takes internal notes.
 */
export function allowedActions(context: ActionContext): Set<TicketPageAction> {
  const allowed = new Set<TicketPageAction>();
  for (const [action, lifecycle] of Object.entries(LIFECYCLE) as [TicketPageAction, LifecycleAction][]) {
    if (nextStatus(context.status, lifecycle) === null) continue;
    if (action === 'assign' && !(context.role && ASSIGNING_ROLES.includes(context.role))) continue;
    if (action === 'requestMissing' && context.missingCount === 0) continue;
    if (action === 'phoneNotice' && (context.noticePending !== true || context.status === 'NEW')) continue;
    allowed.add(action);
  }
  return allowed;
}
