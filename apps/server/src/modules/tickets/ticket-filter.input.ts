import { Field, ID, InputType } from 'type-graphql';
import { Criticality, SupportLevel, TicketStatus } from '../../entities/enums.js';

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
}
