import { Field, ID, InputType } from 'type-graphql';
import { MaterialKind } from '../../entities/material-requests/material-request.enums.js';

@InputType({ description: 'One piece of material to ask the customer for (#19)' })
export class MaterialRequestInput {
  @Field(() => MaterialKind)
  kind!: MaterialKind;

  @Field({ description: 'What exactly: which log, which configuration, which device' })
  details!: string;

  @Field({ description: 'Why the vendor needs it' })
  reason!: string;
}

@InputType({ description: "The customer's material for an open request (#19): files already uploaded to the ticket, or for equipment how it was shipped" })
export class FulfilMaterialRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Files of the same ticket, uploaded through /files (tus); at least one unless EQUIPMENT' })
  fileIds!: string[];

  @Field(() => String, { nullable: true, description: 'Required for EQUIPMENT: how and when it was shipped or handed over' })
  note?: string | null;
}

@InputType({ description: 'Equipment the vendor received for diagnosis (#19)' })
export class EquipmentReceivedInput {
  @Field(() => ID, { description: 'The EQUIPMENT request it was asked for by' })
  requestId!: string;

  @Field()
  item!: string;

  @Field()
  serialNumber!: string;

  @Field({ description: 'YYYY-MM-DD (Moscow), not in the future' })
  receivedOn!: string;

  @Field(() => String, { nullable: true, description: 'Its condition on receipt' })
  conditionNotes?: string | null;
}

@InputType({ description: 'Equipment given back to the customer (#19)' })
export class EquipmentReturnedInput {
  @Field(() => ID)
  itemId!: string;

  @Field({ description: 'YYYY-MM-DD (Moscow), not before it was received nor in the future' })
  returnedOn!: string;

  @Field(() => String, { nullable: true, description: 'Its condition on return; added to the notes' })
  conditionNotes?: string | null;
}
