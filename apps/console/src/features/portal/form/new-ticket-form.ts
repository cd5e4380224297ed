import { canBeCritical, normalizeIdentifier } from '@desk/sla';
import type {
  BootMode,
  ContractFieldsFragment,
  CreateTicketInput,
  Criticality,
  OsBitness,
  SupportLevel,
  TicketCategory,
} from '@desk/schema';
/** A contract of the caller's organization, as `myContracts` lists it. */
export type PortalContract = ContractFieldsFragment;

/** The portal's "New ticket" form: identification (ID-1) and the appendix-1 details (TKT-8). */
export interface NewTicketForm {
  /** A contract of the caller's organization, or '' to type the identifier in. */
  contractId: string;
  identifier: string;
  organizationName: string;
  contact: { fullName: string; position: string; phone: string; email: string };
  category: TicketCategory;
  criticality: Criticality;
  subject: string;
  description: string;
  productVersion: string;
  buildNumber: string;
  osVersion: string;
  osBitness: OsBitness | '';
  hardwareModel: string;
  bootMode: BootMode | '';
  occursWhen: string;
  stepsToReproduce: string;
  errorText: string;
  installedSoftware: string;
}

/** The request itself (TKT-1), as the portal's form and the phone form both ask it. */
export type RequestValues = Pick<NewTicketForm, 'category' | 'criticality' | 'subject' | 'description'>;

export function emptyForm(user: { fullName: string; email: string; organization?: { name: string } | null } | null): NewTicketForm {
  return {
    contractId: '',
    identifier: '',
    organizationName: '',
    contact: { fullName: user?.fullName ?? '', position: '', phone: '', email: user?.email ?? '' },
    category: 'INCIDENT',
    criticality: 'NON_CRITICAL',
    subject: '',
    description: '',
    productVersion: '',
    buildNumber: '',
    osVersion: '',
    osBitness: '',
    hardwareModel: '',
    bootMode: '',
    occursWhen: '',
    stepsToReproduce: '',
    errorText: '',
    installedSoftware: '',
  };
}

/** TKT-1: only an INCIDENT can be CRITICAL. */
export function criticalAllowed(category: TicketCategory): boolean {
  return canBeCritical(category);
}

/** A category change that rules CRITICAL out brings the criticality back to NON_CRITICAL (portal and phone form alike). */
export function withCategory<F extends Pick<NewTicketForm, 'category' | 'criticality'>>(form: F, category: TicketCategory): F {
  return { ...form, category, criticality: criticalAllowed(category) ? form.criticality : 'NON_CRITICAL' };
}

/** Choosing a contract fills in its identifier and organization (ID-1, ID-2). */
export function withContract<F extends NewTicketForm>(form: F, contract: PortalContract | null): F {
  if (!contract) return { ...form, contractId: '' };
  return { ...form, contractId: contract.id, identifier: contract.identifier, organizationName: contract.organization.name };
}

/**
 * SLA-8: the level comes from the contract, never from the request. Known when
 * a contract is chosen, when the typed identifier is one of the caller's, or
 * (nothing chosen yet) when all the caller's contracts in force share one
 * level; null otherwise (the preview then shows both levels).
 */
export function levelFor(form: NewTicketForm, contracts: readonly PortalContract[]): SupportLevel | null {
  const chosen = contracts.find((contract) => contract.id === form.contractId);
  if (chosen) return chosen.supportLevel;
  const typed = normalizeIdentifier(form.identifier);
  if (typed) return contracts.find((contract) => normalizeIdentifier(contract.identifier) === typed)?.supportLevel ?? null;
  const levels = new Set(contracts.filter((contract) => contract.active).map((contract) => contract.supportLevel));
  return levels.size === 1 ? [...levels][0]! : null;
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** `createTicket`'s input: channel PORTAL, the arrival is the server's clock (SLA-2), blanks left out. */
export function createInput(form: NewTicketForm): CreateTicketInput {
  const input: CreateTicketInput = {
    channel: 'PORTAL',
    identifier: form.identifier.trim(),
    organizationName: form.organizationName.trim(),
    contact: {
      fullName: form.contact.fullName.trim(),
      position: form.contact.position.trim(),
      phone: form.contact.phone.trim(),
      ...(optional(form.contact.email) ? { email: form.contact.email.trim() } : {}),
    },
    category: form.category,
    criticality: criticalAllowed(form.category) ? form.criticality : 'NON_CRITICAL',
    subject: form.subject.trim(),
    description: form.description.trim(),
  };
  const details = {
    productVersion: optional(form.productVersion),
    buildNumber: optional(form.buildNumber),
    osVersion: optional(form.osVersion),
    hardwareModel: optional(form.hardwareModel),
    installedSoftware: optional(form.installedSoftware),
    occursWhen: optional(form.occursWhen),
    stepsToReproduce: optional(form.stepsToReproduce),
    errorText: optional(form.errorText),
  };
  for (const [key, value] of Object.entries(details)) if (value !== undefined) (input as Record<string, unknown>)[key] = value;
  if (form.osBitness) input.osBitness = form.osBitness;
  if (form.bootMode) input.bootMode = form.bootMode;
  return input;
}

/** The portal form's fields in the order they appear, so focus goes to the first one with a problem. */
export const FIELD_ORDER: readonly string[] = [
  'identifier',
  'organizationName',
  'contact.fullName',
  'contact.position',
  'contact.phone',
  'contact.email',
  'category',
  'criticality',
  'subject',
  'description',
  'productVersion',
  'buildNumber',
  'osVersion',
  'osBitness',
  'hardwareModel',
  'bootMode',
  'occursWhen',
  'stepsToReproduce',
  'errorText',
  'installedSoftware',
];
