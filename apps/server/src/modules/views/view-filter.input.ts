import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Criticality, SlaState, SupportLevel } from '../../entities/sla/sla.enums.js';
import { TicketCategory, TicketStatus } from '../../entities/tickets/ticket.enums.js';

/** The orders a view may list its tickets in; SLA (SLA-6) is the default and the only one queue positions speak of. */
export enum ViewSort {
  /** SLA-6: critical first, EXTENDED before BASIC, earlier deadline, earlier arrival, number. */
  SLA = 'SLA',
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
  DUE_SOONEST = 'DUE_SOONEST',
}
registerEnumType(ViewSort, { name: 'ViewSort', description: 'How a view orders its tickets; SLA is the SLA-6 queue order' });

/**
 * The fields every view, saved view and search narrows by (#13); all conditions must hold, each list is
 * "any of". One class is both the input (ViewFilterInput) and what a view reads back (ViewFilter).
 */
@InputType('ViewFilterInput', { description: 'Narrows a view or a search; all conditions must hold, each list means "any of"' })
@ObjectType('ViewFilter', { description: "A view's filter; all conditions must hold, each list means \"any of\"" })
export class ViewFilterInput {
  @Field(() => [TicketStatus], { nullable: true })
  statuses?: TicketStatus[] | null;

  @Field(() => [SupportLevel], { nullable: true })
  supportLevels?: SupportLevel[] | null;

  @Field(() => [Criticality], { nullable: true })
  criticalities?: Criticality[] | null;

  @Field(() => [TicketCategory], { nullable: true })
  categories?: TicketCategory[] | null;

  @Field(() => [ID], { nullable: true })
  organizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  assigneeIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only tickets the caller holds' })
  assignedToMe?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only tickets nobody holds' })
  unassigned?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: escalated at least once (TKT-6, SLA-7); false: never' })
  escalated?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the customer answered and no agent has replied since; false: not so' })
  customerAnswered?: boolean | null;

  @Field(() => [SlaState], { nullable: true, description: 'SLA state at the moment of the read (SLA-7, SLA-9)' })
  slaStates?: SlaState[] | null;

  @Field(() => String, { nullable: true, description: 'Full-text words (Russian word forms match), as in searchTickets' })
  text?: string | null;
}

/** The filter as a view reads it back: the same class. */
export { ViewFilterInput as ViewFilter };
