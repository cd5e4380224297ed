import type { SupportLevel } from '@desk/schema';

export interface CustomerOption {
  id: string;
  name: string;
}

interface OrganizationLike {
  id: string;
  name: string;
  kind?: string;
}

/**
 * The customers a partner serves (section 2): the `organizations` query, and
 * every organization seen on its tickets in case the query is unavailable or
 * behind; partner and vendor organizations are not customers.
 */
export function servedCustomers(
  organizations: readonly OrganizationLike[] | null | undefined,
  tickets: readonly { organization: OrganizationLike }[],
): CustomerOption[] {
  const byId = new Map<string, CustomerOption>();
  for (const organization of [...(organizations ?? []), ...tickets.map((ticket) => ticket.organization)]) {
    if (organization.kind && organization.kind !== 'CUSTOMER') continue;
    if (!byId.has(organization.id)) byId.set(organization.id, { id: organization.id, name: organization.name });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

/** The chosen customer, kept only while it is still one the partner serves. */
export function selectedCustomer(customers: readonly CustomerOption[], wanted: unknown): string | null {
  return typeof wanted === 'string' && customers.some((customer) => customer.id === wanted) ? wanted : null;
}

/**
 * The levels whose phone extensions a customer should see (LVL-4): those of
 * its contracts in force, else of any contract; unknown (empty) means both.
 */
export function levelsOf(contracts: readonly { supportLevel: SupportLevel; active: boolean; organization: { id: string } }[], organizationId: string | null): SupportLevel[] {
  const own = organizationId ? contracts.filter((contract) => contract.organization.id === organizationId) : contracts;
  const active = own.filter((contract) => contract.active);
  const levels = new Set((active.length > 0 ? active : own).map((contract) => contract.supportLevel));
  return (['EXTENDED', 'BASIC'] as const).filter((level) => levels.has(level));
}
