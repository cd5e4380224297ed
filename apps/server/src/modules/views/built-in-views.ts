import type { StoredViewFilter } from '../../entities/views/saved-view.entity.js';
import { TicketStatus } from '../../entities/tickets/ticket.enums.js';
import { ViewSort } from './view-filter.input.js';

/** A view as every reader sees it: built in or a user's own. */
export interface ViewDefinition {
  /** A built-in's name (MINE_IN_PROGRESS, …) or a saved view's numeric id. */
  readonly id: string;
  readonly name: string;
  readonly builtIn: boolean;
  readonly filter: StoredViewFilter;
  readonly sort: ViewSort;
  /** Whose: "assigned to me" views differ per user; the others read the same for all staff. */
  readonly personal: boolean;
}

const OPEN = [TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER];

/** The views every staff member has (#13): My work by status, then the team's. SLA-6 order throughout. */
export const BUILT_IN_VIEWS: readonly ViewDefinition[] = [
  {
    id: 'MINE_IN_PROGRESS',
    name: 'Assigned to me: in progress',
    builtIn: true,
    personal: true,
    sort: ViewSort.SLA,
    filter: { assignedToMe: true, statuses: [TicketStatus.NEW, TicketStatus.IN_PROGRESS], customerAnswered: false },
  },
  {
    id: 'MINE_ANSWERED',
    name: 'Assigned to me: answered by the customer',
    builtIn: true,
    personal: true,
    sort: ViewSort.SLA,
    filter: { assignedToMe: true, statuses: [TicketStatus.NEW, TicketStatus.IN_PROGRESS], customerAnswered: true },
  },
  {
    id: 'MINE_WAITING',
    name: 'Assigned to me: waiting for the customer',
    builtIn: true,
    personal: true,
    sort: ViewSort.SLA,
    filter: { assignedToMe: true, statuses: [TicketStatus.WAITING_FOR_CUSTOMER] },
  },
  { id: 'ESCALATED', name: 'Escalated', builtIn: true, personal: false, sort: ViewSort.SLA, filter: { statuses: OPEN, escalated: true } },
  { id: 'UNASSIGNED', name: 'Unassigned', builtIn: true, personal: false, sort: ViewSort.SLA, filter: { statuses: OPEN, unassigned: true } },
  { id: 'ALL_OPEN', name: 'All open', builtIn: true, personal: false, sort: ViewSort.SLA, filter: { statuses: OPEN } },
];

export function builtInView(id: string): ViewDefinition | undefined {
  return BUILT_IN_VIEWS.find((view) => view.id === id);
}
