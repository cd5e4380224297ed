import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { APPENDIX_ITEM_QUESTIONS_RU, type AppendixItem as AppendixItemName } from '@desk/sla';
import { BootMode, Criticality, OsBitness, Resolution, TicketCategory } from '../../entities/enums.js';
import type { CloseTicketCommand, TicketDetails } from './ticket-lifecycle.service.js';
import type { SplitPart } from './ticket-split.service.js';

export enum AppendixItem {
  PRODUCT_VERSION = 'PRODUCT_VERSION',
  BUILD_NUMBER = 'BUILD_NUMBER',
  OS_VERSION = 'OS_VERSION',
  OS_BITNESS = 'OS_BITNESS',
  HARDWARE_MODEL = 'HARDWARE_MODEL',
  BOOT_MODE = 'BOOT_MODE',
  OCCURS_WHEN = 'OCCURS_WHEN',
  STEPS_TO_REPRODUCE = 'STEPS_TO_REPRODUCE',
  ERROR_TEXT = 'ERROR_TEXT',
  INSTALLED_SOFTWARE = 'INSTALLED_SOFTWARE',
  SCREENSHOTS = 'SCREENSHOTS',
  MSINFO_REPORT = 'MSINFO_REPORT',
}
registerEnumType(AppendixItem, { name: 'AppendixItem', description: 'What appendix 1 asks a request to include (TKT-8)' });

@ObjectType({ description: 'An appendix-1 item the ticket still lacks (TKT-8)' })
export class MissingInformation {
  @Field(() => AppendixItem)
  item!: AppendixItem;

  @Field({ description: 'False for "where possible" items: screenshots, the msinfo32 report' })
  required!: boolean;

  @Field({ description: 'How the customer is asked for it (Russian)' })
  question!: string;
}

export function toMissingInformation(missing: { item: AppendixItemName; required: boolean }[]): MissingInformation[] {
  return missing.map(({ item, required }) => ({ item: item as AppendixItem, required, question: APPENDIX_ITEM_QUESTIONS_RU[item] }));
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
