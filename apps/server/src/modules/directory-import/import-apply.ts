import type { EntityManager } from '@mikro-orm/core';
import { normalizeOrganizationName, type IsoDate } from '@desk/sla';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { ContractEvent, ContractEventKind } from '../../entities/organizations/contract-event.entity.js';
import { OrganizationKind } from '../../entities/organizations/organization.enums.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { Product } from '../../entities/organizations/product.entity.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import { newContract, replaceIdentifiers } from '../organizations/index.js';
import type { DirectorySnapshot, ExistingContract } from './directory-snapshot.js';
import type { ImportPlan, PlannedContract } from './import-plan.js';

// Inserts go out in batches at each flush; flushing every so many records keeps the unit of work small and the progress moving.
const FLUSH_EVERY = 1000;

export interface ApplyContext {
  readonly at: Date;
  readonly actorId: number | null;
  /** Told how many records are written so far, every so often, for the console's progress bar. */
  readonly progress: (done: number) => void;
}

/**
 * Writes a plan without problems into the caller's transaction: new rows are
 * created in the unit of work and inserted in batches at each flush; each
 * contract created or changed gets its history line (as the admins' forms write).
 */
export async function applyImportPlan(tx: EntityManager, plan: ImportPlan, snapshot: DirectorySnapshot, context: ApplyContext): Promise<void> {
  const organizations = new Map<string, Organization>();
  for (const given of plan.organizations.create) {
    organizations.set(given.normalized, tx.create(Organization, { name: given.name, normalizedName: normalizeOrganizationName(given.name), kind: OrganizationKind.CUSTOMER, createdAt: context.at }));
  }
  const organizationOf = (normalized: string) =>
    organizations.get(normalized) ?? tx.getReference(Organization, snapshot.organizations.get(normalized)!.id);
  const productNames = new Map([...snapshot.products.values()].map((p) => [p.id, p.name]));
  const terms = (contract: PlannedContract | ExistingContract) => ({
    supportLevel: contract.supportLevel,
    validFrom: contract.validFrom,
    validUntil: contract.validUntil,
    identifiers: contract.identifiers.map((i) => i.identifier),
    products: contract.productIds.map((id) => productNames.get(id)),
  });
  const history = (contract: SupportContract, kind: ContractEventKind, before: Record<string, unknown> | null, after: Record<string, unknown>) =>
    tx.create(ContractEvent, { contract, at: context.at, kind, actorId: context.actorId, before, after });
  let done = 0;
  const step = async () => {
    done += 1;
    if (done % FLUSH_EVERY === 0) {
      await tx.flush();
      context.progress(done);
    }
  };

  for (const planned of plan.contracts.create) {
    const contract = newContract(tx, {
      organization: organizationOf(planned.organization),
      identifiers: planned.identifiers,
      products: planned.productIds.map((id) => tx.getReference(Product, id)),
      supportLevel: planned.supportLevel,
      validFrom: planned.validFrom as IsoDate,
      validUntil: planned.validUntil as IsoDate,
    });
    history(contract, ContractEventKind.CREATED, null, terms(planned));
    await step();
  }
  const changing = await tx.find(SupportContract, { id: { $in: plan.contracts.update.map((c) => c.existing.id) } }, { populate: ['products'] });
  for (const planned of plan.contracts.update) {
    const contract = changing.find((c) => c.id === planned.existing.id)!;
    await replaceIdentifiers(tx, contract, planned.identifiers);
    Object.assign(contract, { supportLevel: planned.supportLevel, validFrom: planned.validFrom, validUntil: planned.validUntil });
    contract.products.set(planned.productIds.map((id) => tx.getReference(Product, id)));
    contract.product = tx.getReference(Product, planned.productIds[0]!, { wrapped: true });
    history(contract, ContractEventKind.EDITED, terms(planned.existing), terms(planned));
    await step();
  }
  for (const { organization, ...details } of plan.contacts.create) {
    tx.create(Contact, { ...details, organization: organizationOf(organization), createdAt: context.at });
    await step();
  }
  const editing = await tx.find(Contact, { id: { $in: plan.contacts.update.map((c) => c.existing.id) } });
  for (const { existing, ...details } of plan.contacts.update) {
    Object.assign(editing.find((c) => c.id === existing.id)!, details);
    await step();
  }
  await tx.flush();
  context.progress(done);
}
