import type { EntityManager } from '@mikro-orm/core';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { ContractIdentifier } from '../../entities/organizations/contract-identifier.entity.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { Product } from '../../entities/organizations/product.entity.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import type { DirectorySnapshot, ExistingContract } from './directory-snapshot.js';
import type { ImportRow } from './import-row.js';

// Well under SQLite's and PostgreSQL's limits on bound parameters per statement.
const BATCH = 500;

/**
 * The directory as far as the rows name it, in a handful of queries whatever
 * the file's size (a 10 000-row file is a few dozen statements, never one per row).
 */
export async function loadDirectorySnapshot(em: EntityManager, rows: readonly ImportRow[]): Promise<DirectorySnapshot> {
  const names = [...new Set(rows.map((row) => row.organization.normalized))];
  const identifiers = [...new Set(rows.flatMap((row) => row.contract?.identifiers.map((i) => i.normalized) ?? []))];
  const organizations = await inBatches(names, (batch) => em.find(Organization, { normalizedName: { $in: batch } }));
  const held = await inBatches(identifiers, (batch) => em.find(ContractIdentifier, { normalizedIdentifier: { $in: batch } }, { fields: ['contract'] }));
  const contractIds = [...new Set(held.map((row) => row.contract.id))];
  const contracts = await inBatches(contractIds, (batch) => em.find(SupportContract, { id: { $in: batch } }, { populate: ['products', 'organization'] }));
  const contractIdentifiers = await inBatches(contractIds, (batch) => em.find(ContractIdentifier, { contract: { $in: batch } }, { orderBy: { id: 'asc' } }));
  const organizationIds = organizations.map((o) => o.id);
  const contacts = await inBatches(organizationIds, (batch) => em.find(Contact, { organization: { $in: batch } }, { orderBy: { id: 'asc' } }));
  const products = await em.find(Product, {});

  const identifiersByContract = groupBy(contractIdentifiers, (i) => i.contract.id);
  const contractsByIdentifier = new Map<string, ExistingContract>();
  for (const contract of contracts) {
    const own = identifiersByContract.get(contract.id) ?? [];
    // The printed identifier first, as `identifiersOf` orders them.
    own.sort((a, b) => Number(b.normalizedIdentifier === contract.normalizedIdentifier) - Number(a.normalizedIdentifier === contract.normalizedIdentifier));
    const existing: ExistingContract = {
      id: contract.id,
      organizationId: contract.organization.id,
      organizationName: contract.organization.getEntity().name,
      identifiers: own.map((i) => ({ identifier: i.identifier, normalized: i.normalizedIdentifier, kind: i.kind })),
      productIds: contract.products.getItems().map((p) => p.id),
      productNames: contract.products.getItems().map((p) => p.name),
      supportLevel: contract.supportLevel,
      validFrom: contract.validFrom,
      validUntil: contract.validUntil,
    };
    for (const identifier of existing.identifiers) contractsByIdentifier.set(identifier.normalized, existing);
  }
  const contactsByOrganization = groupBy(
    contacts.map((c) => ({ organizationId: c.organization.id, id: c.id, fullName: c.fullName, position: c.position, phone: c.phone, email: c.email, locale: c.locale })),
    (c) => c.organizationId,
  );
  return {
    organizations: new Map(organizations.map((o) => [o.normalizedName, { id: o.id, name: o.name, kind: o.kind }])),
    contractsByIdentifier,
    contactsByOrganization,
    products: new Map(products.map((p) => [p.name.trim().toLowerCase(), { id: p.id, name: p.name }])),
  };
}

async function inBatches<K, T>(keys: readonly K[], query: (batch: K[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let start = 0; start < keys.length; start += BATCH) found.push(...(await query(keys.slice(start, start + BATCH))));
  return found;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
