import { OrganizationKind } from '../../entities/organizations/organization.enums.js';
import type { ContactDetails } from '../organizations/index.js';
import type { DirectorySnapshot, ExistingContact, ExistingContract } from './directory-snapshot.js';
import { ImportProblemCode, type ImportProblem } from './import-problem.js';
import type { ImportedContract, ImportRow } from './import-row.js';

export interface PlannedContract extends ImportedContract {
  readonly line: number;
  readonly productIds: readonly number[];
}

/** What applying the file would do; `problems` empty means it may be applied. */
export interface ImportPlan {
  readonly organizations: { readonly create: readonly { readonly name: string; readonly normalized: string }[]; readonly unchanged: number };
  readonly contracts: {
    readonly create: readonly (PlannedContract & { readonly organization: string })[];
    readonly update: readonly (PlannedContract & { readonly existing: ExistingContract })[];
    readonly unchanged: number;
  };
  readonly contacts: {
    readonly create: readonly (ContactDetails & { readonly organization: string })[];
    readonly update: readonly (ContactDetails & { readonly existing: ExistingContact })[];
    readonly unchanged: number;
  };
  readonly problems: readonly ImportProblem[];
}

/**
 * Compares the file's rows with the directory, without touching it: which
 * organizations, contracts and contacts are new, changed or already as the file
 * says (the same file twice changes nothing). Rows repeating a contract or a
 * contact are fine when they agree; disagreeing rows, identifiers of another
 * organization's contract, unknown products and non-customer organizations are problems.
 */
export function planImport(rows: readonly ImportRow[], snapshot: DirectorySnapshot): ImportPlan {
  const problems: ImportProblem[] = [];
  const problem = (line: number, column: string | null, code: ImportProblemCode, message: string) => problems.push({ line, column, code, message });
  const newOrganizations = new Map<string, string>();
  const existingOrganizations = new Set<string>();
  const contracts = new Map<string, { line: number; signature: string }>();
  const contacts = new Map<string, { line: number; signature: string }>();
  const plan = { contractCreate: [] as ImportPlan['contracts']['create'][number][], contractUpdate: [] as ImportPlan['contracts']['update'][number][], contactCreate: [] as ImportPlan['contacts']['create'][number][], contactUpdate: [] as ImportPlan['contacts']['update'][number][] };
  let contractsUnchanged = 0;
  let contactsUnchanged = 0;

  for (const row of rows) {
    const organization = snapshot.organizations.get(row.organization.normalized);
    if (organization && organization.kind !== OrganizationKind.CUSTOMER) {
      problem(row.line, 'organization', ImportProblemCode.NOT_A_CUSTOMER, `${organization.name} is a ${organization.kind.toLowerCase()} organization; contracts and contacts belong to customers`);
      continue;
    }
    if (organization) existingOrganizations.add(row.organization.normalized);
    else if (!newOrganizations.has(row.organization.normalized)) newOrganizations.set(row.organization.normalized, row.organization.name);

    if (row.contract) {
      const contract = planContract(row, row.contract, organization?.id ?? null, snapshot, contracts, problem);
      if (contract === 'unchanged') contractsUnchanged += 1;
      else if (contract?.existing) plan.contractUpdate.push(contract as ImportPlan['contracts']['update'][number]);
      else if (contract) plan.contractCreate.push({ ...contract, organization: row.organization.normalized });
    }
    if (row.contact) {
      const key = `${row.organization.normalized}\u0000${contactKey(row.contact)}`;
      const signature = JSON.stringify(row.contact);
      const earlier = contacts.get(key);
      if (earlier) {
        if (earlier.signature !== signature) problem(row.line, 'contact_name', ImportProblemCode.CONFLICTING_ROWS, `the same contact differs on line ${earlier.line}`);
        continue;
      }
      contacts.set(key, { line: row.line, signature });
      const existing = organization ? findContact(snapshot.contactsByOrganization.get(organization.id) ?? [], row.contact) : null;
      if (!existing) plan.contactCreate.push({ ...row.contact, organization: row.organization.normalized });
      else if (sameContact(existing, row.contact)) contactsUnchanged += 1;
      else plan.contactUpdate.push({ ...row.contact, existing });
    }
  }
  return {
    organizations: { create: [...newOrganizations].map(([normalized, name]) => ({ name, normalized })), unchanged: existingOrganizations.size },
    contracts: { create: plan.contractCreate, update: plan.contractUpdate, unchanged: contractsUnchanged },
    contacts: { create: plan.contactCreate, update: plan.contactUpdate, unchanged: contactsUnchanged },
    problems: problems.sort((a, b) => a.line - b.line),
  };
}

type Problem = (line: number, column: string | null, code: ImportProblemCode, message: string) => void;

/** The contract a row describes: new, an existing one to change, 'unchanged', or null (a repeat or a problem). */
function planContract(
  row: ImportRow,
  given: ImportedContract,
  organizationId: number | null,
  snapshot: DirectorySnapshot,
  seen: Map<string, { line: number; signature: string }>,
  problem: Problem,
): (PlannedContract & { existing?: ExistingContract }) | 'unchanged' | null {
  const signature = JSON.stringify([row.organization.normalized, given]);
  const key = given.identifiers[0]!.normalized;
  for (const identifier of given.identifiers) {
    const earlier = seen.get(identifier.normalized);
    if (earlier && (earlier.signature !== signature || identifier.normalized !== key)) {
      problem(row.line, 'contract', ImportProblemCode.CONFLICTING_ROWS, `${identifier.identifier} is also on line ${earlier.line}, with other terms`);
      return null;
    }
  }
  if (seen.has(key)) return null;
  for (const identifier of given.identifiers) seen.set(identifier.normalized, { line: row.line, signature });

  const productIds: number[] = [];
  for (const name of given.productNames) {
    const product = snapshot.products.get(name.toLowerCase());
    if (product) productIds.push(product.id);
    else problem(row.line, 'products', ImportProblemCode.UNKNOWN_PRODUCT, `there is no product named ${name}`);
  }
  const holders = given.identifiers.map((i) => snapshot.contractsByIdentifier.get(i.normalized));
  const existing = holders.find((holder) => holder?.organizationId === organizationId && organizationId !== null) ?? null;
  given.identifiers.forEach((identifier, index) => {
    const holder = holders[index];
    if (holder && holder !== existing) {
      problem(row.line, 'contract', ImportProblemCode.IDENTIFIER_TAKEN, `${identifier.identifier} already identifies contract ${holder.identifiers[0]!.identifier} of ${holder.organizationName}`);
    }
  });
  if (productIds.length !== given.productNames.length || holders.some((holder) => holder && holder !== existing)) return null;
  const planned = { ...given, line: row.line, productIds };
  if (!existing) return planned;
  return sameContract(existing, planned) ? 'unchanged' : { ...planned, existing };
}

function sameContract(existing: ExistingContract, planned: PlannedContract): boolean {
  const identifiers = (list: readonly { normalized: string; identifier: string; kind: string }[]) => JSON.stringify(list.map((i) => [i.identifier, i.kind]));
  const products = (ids: readonly number[]) => [...ids].sort((a, b) => a - b).join(',');
  return (
    existing.supportLevel === planned.supportLevel &&
    existing.validFrom === planned.validFrom &&
    existing.validUntil === planned.validUntil &&
    identifiers(existing.identifiers) === identifiers(planned.identifiers) &&
    products(existing.productIds) === products(planned.productIds)
  );
}

/** A contact is the same person when the e-mail matches, or, without one, the name. */
function contactKey(contact: ContactDetails): string {
  return contact.email ?? `name:${contact.fullName.toLowerCase()}`;
}

function findContact(existing: readonly ExistingContact[], contact: ContactDetails): ExistingContact | null {
  const key = contactKey(contact);
  return existing.find((candidate) => contactKey(candidate) === key) ?? null;
}

function sameContact(existing: ExistingContact, contact: ContactDetails): boolean {
  return existing.fullName === contact.fullName && existing.position === contact.position && existing.phone === contact.phone && existing.email === contact.email && existing.locale === contact.locale;
}
