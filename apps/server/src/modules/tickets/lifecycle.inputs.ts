import { Field, InputType, ObjectType } from 'type-graphql';
import { APPENDIX_ITEM_QUESTIONS_RU } from '@desk/sla';
import { AppendixItem, BootMode, OsBitness, Resolution, TicketCategory } from '../../entities/tickets/ticket.enums.js';
import { Criticality } from '../../entities/sla/sla.enums.js';
import type { CloseTicketCommand, TicketDetails } from './ticket-lifecycle.service.js';
import type { SplitPart } from './ticket-split.service.js';


@ObjectType({ description: 'An appendix-1 item the ticket still lacks (TKT-8)' })
export class MissingInformation {
  @Field(() => AppendixItem)
  item!: AppendixItem;

  @Field({ description: 'False for "where possible" items: screenshots, the msinfo32 report' })
  required!: boolean;

  @Field({ description: 'How the customer is asked for it (Russian)' })
  question!: string;
}

export function toMissingInformation(missing: { item: AppendixItem; required: boolean }[]): MissingInformation[] {
  return missing.map(({ item, required }) => ({ item, required, question: APPENDIX_ITEM_QUESTIONS_RU[item] }));
}

@InputType({ description: 'How the ticket ends (TKT-2, TKT-5)' })
export class CloseTicketInput implements CloseTicketCommand {
  @Field(() => Resolution)
  resolution!: Resolution;

  @Field(() => String, { nullable: true, description: 'What was done, or the recommendation for the customer' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'THIRD_PARTY: the vendor whose support the customer should contact (TKT-5)' })
  thirdPartyVendor?: string | null;
}

@InputType({ description: 'One incident split off into a ticket of its own (ID-3)' })
export class SplitPartInput implements SplitPart {
  @Field()
  subject!: string;

  @Field()
  description!: string;

  @Field(() => TicketCategory, { nullable: true, description: "Defaults to the original ticket's" })
  category?: TicketCategory | null;

  @Field(() => Criticality, { nullable: true, description: "Defaults to the original ticket's" })
  criticality?: Criticality | null;
}

@InputType({ description: 'Appendix-1 details (TKT-8); omitted fields stay as they are, empty strings clear' })
export class TicketDetailsInput implements TicketDetails {
  @Field(() => String, { nullable: true }) productVersion?: string | null;
  @Field(() => String, { nullable: true }) buildNumber?: string | null;
  @Field(() => String, { nullable: true }) osVersion?: string | null;
  @Field(() => OsBitness, { nullable: true }) osBitness?: OsBitness | null;
  @Field(() => String, { nullable: true }) hardwareModel?: string | null;
  @Field(() => BootMode, { nullable: true }) bootMode?: BootMode | null;
  @Field(() => String, { nullable: true }) occursWhen?: string | null;
  @Field(() => String, { nullable: true }) stepsToReproduce?: string | null;
  @Field(() => String, { nullable: true }) errorText?: string | null;
  @Field(() => String, { nullable: true }) installedSoftware?: string | null;
}
