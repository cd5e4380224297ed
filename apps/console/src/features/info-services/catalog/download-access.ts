/**
 * SVC-2, LVL-3: certified updates and firmware are for staff and for customers
 * whose support for the product is in force today. The server decides
 * (`Product.downloadsAvailable`, `CatalogFile.available`); this only explains
 * its answer to a customer from the contracts they can see.
 */
export type DownloadAccess =
  | { kind: 'STAFF' }
  | { kind: 'ACTIVE'; validUntil: string; identifier: string }
  | { kind: 'EXPIRED'; validUntil: string; identifier: string }
  | { kind: 'NOT_STARTED'; validFrom: string; identifier: string }
  | { kind: 'NO_CONTRACT' }
  /** The server said no and the contracts don't show why (e.g. they could not be read). */
  | { kind: 'UNAVAILABLE' };

export interface ContractView {
  identifier: string;
  active: boolean;
  validFrom: string;
  validUntil: string;
  product: { id: string };
}

export function downloadAccess(options: {
  productId: string;
  downloadsAvailable: boolean;
  isStaff: boolean;
  contracts: readonly ContractView[] | null;
  /** Today in Moscow, YYYY-MM-DD (contract dates are Moscow calendar days). */
  today: string;
}): DownloadAccess {
  if (options.isStaff) return { kind: 'STAFF' };
  const forProduct = (options.contracts ?? []).filter((contract) => contract.product.id === options.productId);
  if (options.downloadsAvailable) {
    // The one that lasts longest is the one to mention.
    const active = forProduct.filter((contract) => contract.active).sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0];
    return active ? { kind: 'ACTIVE', validUntil: active.validUntil, identifier: active.identifier } : { kind: 'ACTIVE', validUntil: '', identifier: '' };
  }
  if (options.contracts === null) return { kind: 'UNAVAILABLE' };
  if (forProduct.length === 0) return { kind: 'NO_CONTRACT' };
  // A contract yet to start says when access begins; otherwise the one that ended last says when it stopped.
  const notStarted = forProduct.filter((contract) => contract.validFrom > options.today).sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0];
  if (notStarted) return { kind: 'NOT_STARTED', validFrom: notStarted.validFrom, identifier: notStarted.identifier };
  const latest = [...forProduct].sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0]!;
  return { kind: 'EXPIRED', validUntil: latest.validUntil, identifier: latest.identifier };
}
