import { Field, InputType } from 'type-graphql';
import { BootMode, Channel, OsBitness, TicketCategory } from '../../entities/tickets/ticket.enums.js';
import { Criticality } from '../../entities/sla/sla.enums.js';
import type { ContactDetails, CreateTicketCommand } from './create-ticket.command.js';

@InputType({ description: 'Contact person of the customer (ID-1)' })
export class ContactInput implements ContactDetails {
  @Field()
  fullName!: string;

  @Field()
  position!: string;

  @Field()
  phone!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType({ description: 'A new request; identification (ID-1) plus the appendix-1 details (TKT-8)' })
export class CreateTicketInput implements CreateTicketCommand {
  @Field({ description: 'License number, serial number or support activation code (ID-1)' })
  identifier!: string;

  @Field()
  organizationName!: string;

  @Field(() => ContactInput)
  contact!: ContactInput;

  @Field()
  subject!: string;

  @Field()
  description!: string;

  @Field(() => TicketCategory)
  category!: TicketCategory;

  @Field(() => Criticality)
  criticality!: Criticality;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Date, { nullable: true, description: 'Staff only: when a call started or an e-mail arrived; never in the future' })
  receivedAt?: Date | null;

  @Field(() => String, { nullable: true })
  productVersion?: string | null;

  @Field(() => String, { nullable: true })
  buildNumber?: string | null;

  @Field(() => String, { nullable: true })
  osVersion?: string | null;

  @Field(() => OsBitness, { nullable: true })
  osBitness?: OsBitness | null;

  @Field(() => String, { nullable: true, description: 'Motherboard or device model (hardware products)' })
  hardwareModel?: string | null;

  @Field(() => BootMode, { nullable: true, description: 'Legacy or UEFI (hardware products)' })
  bootMode?: BootMode | null;

  @Field(() => String, { nullable: true })
  installedSoftware?: string | null;

  @Field(() => String, { nullable: true, description: 'When the problem occurs (appendix 1)' })
  occursWhen?: string | null;

  @Field(() => String, { nullable: true, description: 'How to reproduce it (appendix 1)' })
  stepsToReproduce?: string | null;

  @Field(() => String, { nullable: true, description: 'The error message as shown (appendix 1)' })
  errorText?: string | null;
}
