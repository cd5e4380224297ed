import { Field, ID, InputType } from 'type-graphql';
import { AuditKind } from '../../entities/audit/audit.enums.js';

@InputType({ description: 'Narrows the audit log; every part optional, all given parts must hold' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Entries of this acting user' })
  actorId?: string | null;

  @Field(() => [AuditKind], { nullable: true })
  kinds?: AuditKind[] | null;

  @Field(() => String, { nullable: true, description: 'User, Invitation, ApiToken, Organization, SupportContract, CalendarDay, OutboxMessage' })
  objectType?: string | null;

  @Field(() => String, { nullable: true, description: 'With objectType: one object' })
  objectId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive)' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this instant (exclusive)' })
  to?: Date | null;
}
