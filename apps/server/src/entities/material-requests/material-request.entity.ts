import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { MaterialKind, MaterialRequestStatus } from './material-request.enums.js';

/**
 * Material the vendor asks the customer for (#19, agreement section 4): what,
 * exactly which, and why. While one is OPEN the ticket waits for the customer.
 */
@ObjectType({ description: 'Material the vendor asks the customer for on a ticket (#19, agreement section 4)' })
@Entity({ tableName: 'material_requests' })
@Index({ name: 'material_requests_ticket_idx', properties: ['ticket', 'requestedAt'] })
export class MaterialRequest {
  [OptionalProps]?: 'status' | 'fulfilledAt' | 'fulfilmentNote' | 'cancelledAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Ticket, ref: true })
  ticket!: Ref<Ticket>;

  @Field(() => MaterialKind)
  @Property({ type: 'string', length: 20 })
  kind!: MaterialKind;

  @Field({ description: 'What exactly is asked for (which log, which configuration, which device)' })
  @Property({ type: 'text' })
  details!: string;

  @Field({ description: 'Why the vendor needs it' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => MaterialRequestStatus)
  @Property({ type: 'string', length: 10 })
  status: MaterialRequestStatus = MaterialRequestStatus.OPEN;

  @ManyToOne({ entity: () => User, ref: true })
  requestedBy!: Ref<User>;

  @Field()
  @Property()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  fulfilledAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "The customer's words on fulfilling it (for equipment: how and when it was shipped)" })
  @Property({ type: 'text', nullable: true })
  fulfilmentNote: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;
}
