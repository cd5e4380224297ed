/**
 * The tickets module: a request's way from intake to closing (ID-1..3,
 * SLA-2/3/8, TKT-1..9), and the one write path every other module uses to
 * change a ticket — runTicketChange (queue-locked transaction, queue position,
 * `ticket.changed` after commit) and recordTimeline.
 */
import { RefusedRequestResolver } from './refused-request.resolver.js';
import { TicketLifecycleResolver } from './ticket-lifecycle.resolver.js';
import { TicketResolver } from './ticket.resolver.js';
import { TicketMergeResolver } from './ticket-merge.resolver.js';

export const TICKET_RESOLVERS = [TicketResolver, TicketLifecycleResolver, TicketMergeResolver, RefusedRequestResolver] as const;

export { runInPlaceTicketChanges, runTicketChange, type TicketChangeDeps, type TicketChangeScope } from './ticket-change.js';
export { calendarDeadlines } from './calendar-deadlines.js';
export type { TicketChange, TicketChangeReaction } from './ticket-reactions.js';
export { changeTicket, type TicketMutation } from './change-ticket.js';
export { recordTimeline } from './timeline.js';
export type { AttachFiles } from './attach-files.js';
export type { CustomerNoticeKind, CustomerNotices, MaterialNoticeLine, NoticeFacts, NoticeOnWrite } from './customer-notices.js';
export { NO_CONTACT_ADDRESS } from './customer-notices.js';
export type { SalesDesk } from './sales-desk.js';
export { decideOutcome, recordNoticeFailure, recordReaction, type DeliveryProof } from './reaction.js';
export { servicesAsOf, type TicketContext, type TicketServices } from './ticket-services.js';
export type { ContactDetails, CreateTicketCommand } from './create-ticket.command.js';
export { validateCreateTicket } from './create-ticket.validation.js';
export { TicketIntakeService } from './ticket-intake.service.js';
export { TicketLifecycleService, type CustomerAnswer } from './ticket-lifecycle.service.js';
export { TicketActionsService } from './ticket-actions.service.js';
export { TicketAssignmentService } from './ticket-assignment.service.js';
export { TicketQueryService, visibleTo } from './ticket-query.service.js';
export { autoCloseDeadlineSource } from './auto-close.deadline.js';
export { TicketCountFolder } from './ticket-count-folder.js';
