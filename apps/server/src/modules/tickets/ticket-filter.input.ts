import { Field, ID, InputType } from 'type-graphql';
import { Criticality, SupportLevel } from '../../entities/sla/sla.enums.js';
import { TicketCategory, TicketStatus } from '../../entities/tickets/ticket.enums.js';

@InputType('TicketFilter', { description: 'Narrows tickets(); all conditions must hold' })
export class TicketFilterInput {
  @Field(() => [TicketStatus], { nullable: true })
  statuses?: TicketStatus[] | null;

  @Field(() => Criticality, { nullable: true })
  criticality?: Criticality | null;

  @Field(() => SupportLevel, { nullable: true })
  supportLevel?: SupportLevel | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only tickets nobody is assigned to' })
  unassigned?: boolean | null;

  @Field(() => [TicketCategory], { nullable: true, description: 'Any of these categories (TKT-1), e.g. FEATURE_REQUEST' })
  categories?: TicketCategory[] | null;

  @Field(() => String, { nullable: true, description: 'The ticket with this number, as printed (SD-000042) or its digits' })
  number?: string | null;
}
