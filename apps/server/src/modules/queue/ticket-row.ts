import type { Organization } from '../../entities/organizations/organization.entity.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { formatTicketNumber } from '../../entities/tickets/ticket-number.js';
import type { SelectionShape } from '../../graphql/selection.js';

/** The columns of a ticket a list page shows, named and typed as on the entity (so GraphQL reads them alike). */
type TicketRowColumns = Pick<
  Ticket,
  | 'id'
  | 'subject'
  | 'category'
  | 'criticality'
  | 'supportLevel'
  | 'priority'
  | 'status'
  | 'channel'
  | 'receivedAt'
  | 'responseDueAt'
  | 'atRiskAt'
  | 'respondedAt'
  | 'escalationLevel'
  | 'rejectionReason'
>;

export interface TicketRowFields extends TicketRowColumns {
  readonly organization: Pick<Organization, 'id' | 'name'>;
  readonly assignee: { readonly id: number } | null;
}

/**
 * A ticket as a read model serves it (#17): plain values read in one
 * statement, no entity, no identity map, no reference to load. GraphQL serves
 * it as a `Ticket` as long as the operation asks for nothing beyond
 * TICKET_ROW_SHAPE; the field resolvers of `organization` and `assignee`
 * answer from the row itself.
 */
export class TicketRow implements TicketRowFields {
  readonly id: number;
  readonly subject: string;
  readonly category: Ticket['category'];
  readonly criticality: Ticket['criticality'];
  readonly supportLevel: Ticket['supportLevel'];
  readonly priority: number;
  readonly status: Ticket['status'];
  readonly channel: Ticket['channel'];
  readonly receivedAt: Date;
  readonly responseDueAt: Date;
  readonly atRiskAt: Date;
  readonly respondedAt: Date | null;
  readonly escalationLevel: number;
  readonly rejectionReason: Ticket['rejectionReason'];
  readonly organization: Pick<Organization, 'id' | 'name'>;
  readonly assignee: { readonly id: number } | null;

  constructor(fields: TicketRowFields) {
    this.id = fields.id;
    this.subject = fields.subject;
    this.category = fields.category;
    this.criticality = fields.criticality;
    this.supportLevel = fields.supportLevel;
    this.priority = fields.priority;
    this.status = fields.status;
    this.channel = fields.channel;
    this.receivedAt = fields.receivedAt;
    this.responseDueAt = fields.responseDueAt;
    this.atRiskAt = fields.atRiskAt;
    this.respondedAt = fields.respondedAt;
    this.escalationLevel = fields.escalationLevel;
    this.rejectionReason = fields.rejectionReason;
    this.organization = fields.organization;
    this.assignee = fields.assignee;
  }

  /** As Ticket.number: the GraphQL field reads it by name. */
  get number(): string {
    return formatTicketNumber(this.id);
  }
}

/** The `Ticket` fields (and sub-fields) a TicketRow answers; an operation asking for more takes the entity path. */
export const TICKET_ROW_SHAPE: SelectionShape = {
  __typename: true,
  id: true,
  number: true,
  subject: true,
  category: true,
  criticality: true,
  supportLevel: true,
  priority: true,
  status: true,
  channel: true,
  receivedAt: true,
  responseDueAt: true,
  atRiskAt: true,
  respondedAt: true,
  escalationLevel: true,
  rejectionReason: true,
  organization: { __typename: true, id: true, name: true },
  assignee: { __typename: true, id: true },
};
