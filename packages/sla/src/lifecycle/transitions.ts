/** TKT-2: the statuses of a ticket. */
export type TicketStatus = 'NEW' | 'IN_PROGRESS' | 'WAITING_FOR_CUSTOMER' | 'CLOSED' | 'REJECTED';

export const TICKET_STATUSES: readonly TicketStatus[] = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'CLOSED', 'REJECTED'];

/** What can happen to a ticket. */
export type TicketAction =
  | 'START_WORK'
  | 'REPLY'
  | 'CUSTOMER_ANSWER'
  | 'CLOSE'
  | 'AUTO_CLOSE'
  | 'REJECT'
  | 'NOTE'
  | 'ASSIGN'
  | 'ESCALATE'
  | 'RECLASSIFY'
  | 'SPLIT'
  | 'SET_EXPECTED_RESOLUTION'
  | 'UPDATE_DETAILS';

export const FINAL_STATUSES: readonly TicketStatus[] = ['CLOSED', 'REJECTED'];

export function isFinal(status: TicketStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/**
 * TKT-2's state machine: the status after `action`, or null when the action is
 * not allowed in `status`. Closed and rejected tickets never change (TKT-4);
 * only a note may still be added to them for the team's own record.
 */
export function nextStatus(status: TicketStatus, action: TicketAction): TicketStatus | null {
  if (isFinal(status)) return action === 'NOTE' ? status : null;
  switch (action) {
    case 'START_WORK':
      return status === 'NEW' ? 'IN_PROGRESS' : null;
    case 'REPLY':
      // A reply to the customer needs the reaction first (SLA-2): it is what starts work.
      return status === 'NEW' ? null : 'WAITING_FOR_CUSTOMER';
    case 'CUSTOMER_ANSWER':
      return status === 'WAITING_FOR_CUSTOMER' ? 'IN_PROGRESS' : status;
    case 'CLOSE':
      return 'CLOSED';
    case 'AUTO_CLOSE':
      return status === 'WAITING_FOR_CUSTOMER' ? 'CLOSED' : null;
    case 'REJECT':
      return 'REJECTED';
    case 'RECLASSIFY':
    case 'NOTE':
    case 'ASSIGN':
    case 'ESCALATE':
    case 'SPLIT':
    case 'SET_EXPECTED_RESOLUTION':
    case 'UPDATE_DETAILS':
      return status;
  }
}
