import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import type { Locale } from '../../entities/notifications/notification.enums.js';
import type { IdentifierKind, OrganizationKind } from '../../entities/organizations/organization.enums.js';
import type { SupportLevel } from '../../entities/sla/sla.enums.js';
import type { DirectorySnapshot, ExistingContract } from './directory-snapshot.js';
import type { ImportRow } from './import-row.js';

// Well under SQLite's and PostgreSQL's limits on bound parameters per statement.
export const BATCH = 500;

/**
 * The directory as far as the rows name it, in a handful of plain selects
 * whatever the file's size (a 10 000-row file is a few dozen statements, never
 * one per row); read-only rows, not entities: nothing here is tracked for a flush.
 */
export async function loadDirectorySnapshot(em: EntityManager, rows: readonly ImportRow[]): Promise<DirectorySnapshot> {
  const knex = knexOf(em);
  const names = [...new Set(rows.map((row) => row.organization.normalized))];
  const identifiers = [...new Set(rows.flatMap((row) => row.contract?.identifiers.map((i) => i.normalized) ?? []))];
  const organizations = await inBatches(names, (batch) =>
    knex('organizations').select<{ id: number; name: string; normalized_name: string; kind: OrganizationKind }[]>('id', 'name', 'normalized_name', 'kind').whereIn('normalized_name', batch),
  );
  const held = await inBatches(identifiers, (batch) => knex('contract_identifiers').select<{ contract_id: number }[]>('contract_id').whereIn('normalized_identifier', batch));
  const contractIds = [...new Set(held.map((row) => row.contract_id))];
  const contracts = await inBatches(contractIds, (batch) =>
    knex('support_contracts as c')
      .join('organizations as o', 'o.id', 'c.organization_id')
      .select<ContractRow[]>('c.id', 'c.organization_id', 'o.name as organization_name', 'c.normalized_identifier', 'c.support_level', 'c.valid_from', 'c.valid_until')
      .whereIn('c.id', batch),
  );
  const contractIdentifiers = await inBatches(contractIds, (batch) =>
    knex('contract_identifiers').select<IdentifierRow[]>('contract_id', 'identifier', 'normalized_identifier', 'kind').whereIn('contract_id', batch).orderBy('id'),
  );
  const contractProducts = await inBatches(contractIds, (batch) =>
    knex('contract_products as cp').join('products as p', 'p.id', 'cp.product_id').select<{ contract_id: number; id: number; name: string }[]>('cp.contract_id', 'p.id', 'p.name').whereIn('cp.contract_id', batch),
  );
  const contacts = await inBatches(
    organizations.map((o) => o.id),
    (batch) => knex('contacts').select<ContactRow[]>('id', 'organization_id', 'full_name', 'position', 'phone', 'email', 'locale').whereIn('organization_id', batch).orderBy('id'),
  );
  const products = await knex('products').select<{ id: number; name: string }[]>('id', 'name');

  const identifiersOf = groupBy(contractIdentifiers, (i) => i.contract_id);
  const productsOf = groupBy(contractProducts, (p) => p.contract_id);
  const contractsByIdentifier = new Map<string, ExistingContract>();
  for (const contract of contracts) {
    // The printed identifier first, as `identifiersOf` in the organizations module orders them.
    const printed = (row: IdentifierRow) => Number(row.normalized_identifier !== contract.normalized_identifier);
    const own = [...(identifiersOf.get(contract.id) ?? [])].sort((a, b) => printed(a) - printed(b));
    const covered = productsOf.get(contract.id) ?? [];
    const existing: ExistingContract = {
      id: contract.id,
      organizationId: contract.organization_id,
      organizationName: contract.organization_name,
      identifiers: own.map((i) => ({ identifier: i.identifier, normalized: i.normalized_identifier, kind: i.kind })),
      productIds: covered.map((p) => p.id),
      productNames: covered.map((p) => p.name),
      supportLevel: contract.support_level,
      validFrom: contract.valid_from,
      validUntil: contract.valid_until,
    };
    for (const identifier of existing.identifiers) contractsByIdentifier.set(identifier.normalized, existing);
  }
  const contactsByOrganization = groupBy(
    contacts.map((c) => ({ organizationId: c.organization_id, id: c.id, fullName: c.full_name, position: c.position, phone: c.phone, email: c.email, locale: c.locale })),
    (c) => c.organizationId,
  );
  return {
    organizations: new Map(organizations.map((o) => [o.normalized_name, { id: o.id, name: o.name, kind: o.kind }])),
    contractsByIdentifier,
    contactsByOrganization,
    products: new Map(products.map((p) => [p.name.trim().toLowerCase(), { id: p.id, name: p.name }])),
  };
}

interface ContractRow {
  id: number;
  organization_id: number;
  organization_name: string;
  normalized_identifier: string;
  support_level: SupportLevel;
  valid_from: string;
  valid_until: string;
}

interface IdentifierRow {
  contract_id: number;
  identifier: string;
  normalized_identifier: string;
  kind: IdentifierKind;
}

interface ContactRow {
  id: number;
  organization_id: number;
  full_name: string;
  position: string;
  phone: string;
  email: string | null;
  locale: Locale;
}

/** Plain queries in the entity manager's transaction when it is in one (SQLite has one connection: outside it they would wait for it). */
export function knexOf(em: EntityManager): Knex {
  return (em.getTransactionContext<Knex.Transaction>() ?? (em as SqlEntityManager).getKnex()) as Knex;
}

export async function inBatches<K, T>(keys: readonly K[], query: (batch: K[]) => Promise<T[]>): Promise<T[]> {
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
