import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Ticket } from '../tickets/ticket.entity.js';
import { EquipmentLocation } from './material-request.enums.js';
import { MaterialRequest } from './material-request.entity.js';

/** A device handed over to the vendor for diagnosis (#19): received, then returned, with its condition noted. */
@ObjectType({ description: 'Equipment handed over for diagnosis (#19): where it is, with its condition' })
@Entity({ tableName: 'equipment_items' })
@Index({ name: 'equipment_items_ticket_idx', properties: ['ticket'] })
export class EquipmentItem {
  [OptionalProps]?: 'returnedOn' | 'conditionNotes' | 'location';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Ticket, ref: true })
  ticket!: Ref<Ticket>;

  @ManyToOne({ entity: () => MaterialRequest, ref: true })
  request!: Ref<MaterialRequest>;

  @Field({ description: 'What the device is (model, kind)' })
  @Property({ length: 300 })
  item!: string;

  @Field()
  @Property({ length: 100 })
  serialNumber!: string;

  @Field({ description: 'When the vendor received it, YYYY-MM-DD (Moscow)' })
  @Property({ length: 10 })
  receivedOn!: string;

  @Field(() => String, { nullable: true, description: 'When it went back to the customer, YYYY-MM-DD (Moscow)' })
  @Property({ type: 'string', length: 10, nullable: true })
  returnedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Its condition on receipt and on return' })
  @Property({ type: 'text', nullable: true })
  conditionNotes: string | null = null;

  @Field(() => EquipmentLocation, { description: 'Where it is now' })
  get location(): EquipmentLocation {
    return this.returnedOn ? EquipmentLocation.RETURNED : EquipmentLocation.AT_VENDOR;
  }
}
