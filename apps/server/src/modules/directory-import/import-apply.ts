import type { EntityManager } from '@mikro-orm/core';
import type { IsoDate } from '@desk/sla';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { ContractEvent, ContractEventKind } from '../../entities/organizations/contract-event.entity.js';
import { ContractIdentifier } from '../../entities/organizations/contract-identifier.entity.js';
import { OrganizationKind } from '../../entities/organizations/organization.enums.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { Product } from '../../entities/organizations/product.entity.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import { contractColumns, identifierColumns, replaceIdentifiers } from '../organizations/index.js';
import { inBatches, knexOf } from './directory-snapshot.loader.js';
import type { DirectorySnapshot, ExistingContract } from './directory-snapshot.js';
import type { ImportPlan, PlannedContract } from './import-plan.js';

export interface ApplyContext {
  readonly at: Date;
  readonly actorId: number | null;
  /** Told how many records are written so far, batch by batch, for the console's progress bar. */
  readonly progress: (done: number) => void;
}

/**
 * Writes a plan without problems into the caller's transaction. New rows go
 * in as multi-row inserts of BATCH rows (the organizations module's
 * `contractColumns` / `identifierColumns` say what a contract is written as),
 * not through the unit of work, whose change tracking made 10 000 contracts
 * take minutes; the few contracts and contacts that change go through the
 * entities as the admins' forms change them. Each contract created or changed
 * gets its history line.
 */
export async function applyImportPlan(tx: EntityManager, plan: ImportPlan, snapshot: DirectorySnapshot, context: ApplyContext): Promise<void> {
  let done = 0;
  const knex = knexOf(tx);
  // Not every driver returns the ids of a multi-row insert (SQLite's returns the last): the unique keys read them back.
  const insert = async <T extends object>(entity: new () => T, rows: readonly Partial<T>[], counts = false) => {
    await inBatches(rows, async (batch) => {
      await tx.insertMany(entity, batch as T[]);
      if (counts) context.progress((done += batch.length));
      return [];
    });
  };
  const idsBy = async (table: string, column: string, keys: readonly string[]) =>
    new Map((await inBatches(keys, (batch) => knex(table).select<Record<string, string | number>[]>('id', column).whereIn(column, batch))).map((row) => [String(row[column]), Number(row.id)]));

  await insert(Organization, plan.organizations.create.map((o) => ({ name: o.name, normalizedName: o.normalized, kind: OrganizationKind.CUSTOMER, createdAt: context.at })));
  const organizationIds = await idsBy('organizations', 'normalized_name', plan.organizations.create.map((o) => o.normalized));
  const organizationOf = (normalized: string) => organizationIds.get(normalized) ?? snapshot.organizations.get(normalized)!.id;
  const productNames = new Map([...snapshot.products.values()].map((p) => [p.id, p.name]));
  const terms = (contract: PlannedContract | ExistingContract) => ({
    supportLevel: contract.supportLevel,
    validFrom: contract.validFrom,
    validUntil: contract.validUntil,
    identifiers: contract.identifiers.map((i) => i.identifier),
    products: contract.productIds.map((id) => productNames.get(id)),
  });

  const created = plan.contracts.create;
  const columns = created.map((c) => contractColumns({ ...c, validFrom: c.validFrom as IsoDate, validUntil: c.validUntil as IsoDate }));
  await insert(SupportContract, created.map((c, index) => ({ organization: organizationOf(c.organization), product: c.productIds[0]!, ...columns[index]! })) as never, true);
  const byPrinted = await idsBy('support_contracts', 'normalized_identifier', columns.map((c) => c.normalizedIdentifier));
  const contractIds = columns.map((c) => byPrinted.get(c.normalizedIdentifier)!);
  await insert(ContractIdentifier, created.flatMap((c, index) => identifierColumns(c.identifiers).map((row) => ({ ...row, contract: contractIds[index]! }))) as never);
  const pivots = created.flatMap((c, index) => c.productIds.map((productId) => ({ contract_id: contractIds[index]!, product_id: productId })));
  await inBatches(pivots, async (batch) => {
    await knex('contract_products').insert(batch);
    return [];
  });
  await insert(ContractEvent, created.map((c, index) => ({ contract: contractIds[index]!, at: context.at, kind: ContractEventKind.CREATED, actorId: context.actorId, before: null, after: terms(c) })) as never);
  await insert(Contact, plan.contacts.create.map(({ organization, ...details }) => ({ ...details, organization: organizationOf(organization), createdAt: context.at })) as never, true);

  const changing = await tx.find(SupportContract, { id: { $in: plan.contracts.update.map((c) => c.existing.id) } }, { populate: ['products'] });
  for (const planned of plan.contracts.update) {
    const contract = changing.find((c) => c.id === planned.existing.id)!;
    await replaceIdentifiers(tx, contract, planned.identifiers);
    Object.assign(contract, { supportLevel: planned.supportLevel, validFrom: planned.validFrom, validUntil: planned.validUntil });
    contract.products.set(planned.productIds.map((id) => tx.getReference(Product, id)));
    contract.product = tx.getReference(Product, planned.productIds[0]!, { wrapped: true });
    tx.create(ContractEvent, { contract, at: context.at, kind: ContractEventKind.EDITED, actorId: context.actorId, before: terms(planned.existing), after: terms(planned) });
  }
  const editing = await tx.find(Contact, { id: { $in: plan.contacts.update.map((c) => c.existing.id) } });
  for (const { existing, ...details } of plan.contacts.update) Object.assign(editing.find((c) => c.id === existing.id)!, details);
  await tx.flush();
  context.progress((done += plan.contracts.update.length + plan.contacts.update.length));
}
