import { Field, ID, InputType } from 'type-graphql';
import { IdentifierKind, OrganizationKind } from '../../entities/organizations/organization.enums.js';
import { Locale } from '../../entities/notifications/notification.enums.js';
import { SupportLevel } from '../../entities/sla/sla.enums.js';

@InputType({ description: 'A license number, a serial number of hardware or a support activation code (LVL-1)' })
export class ContractIdentifierInput {
  @Field()
  identifier!: string;

  @Field(() => IdentifierKind)
  kind!: IdentifierKind;
}

@InputType({ description: 'A new support contract (#12, LVL-1)' })
export class CreateContractInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => [ContractIdentifierInput], { description: 'At least one; each unique across all contracts; the first is the one printed on the contract' })
  identifiers!: ContractIdentifierInput[];

  @Field(() => [ID], { description: 'The products it covers, at least one' })
  productIds!: string[];

  @Field(() => SupportLevel)
  supportLevel!: SupportLevel;

  @Field({ description: 'First day of support, YYYY-MM-DD (Moscow)' })
  validFrom!: string;

  @Field({ description: 'Last day of support, YYYY-MM-DD (Moscow)' })
  validUntil!: string;
}

@InputType({ description: "Edits a contract's identifiers and products; what is omitted stays" })
export class UpdateContractInput {
  @Field(() => [ContractIdentifierInput], { nullable: true })
  identifiers?: ContractIdentifierInput[] | null;

  @Field(() => [ID], { nullable: true })
  productIds?: string[] | null;
}

@InputType({ description: 'A new customer or partner organization' })
export class CreateOrganizationInput {
  @Field()
  name!: string;

  @Field(() => OrganizationKind, { description: 'CUSTOMER or PARTNER' })
  kind!: OrganizationKind;
}

@InputType({ description: "A customer's contact person (ID-1)" })
export class ContactDetailsInput {
  @Field()
  fullName!: string;

  @Field()
  position!: string;

  @Field()
  phone!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Locale, { nullable: true, description: 'Language of notifications; Russian by default' })
  locale?: Locale | null;
}
