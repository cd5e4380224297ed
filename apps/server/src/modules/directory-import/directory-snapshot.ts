import type { Locale } from '../../entities/notifications/notification.enums.js';
import type { IdentifierKind, OrganizationKind } from '../../entities/organizations/organization.enums.js';
import type { SupportLevel } from '../../entities/sla/sla.enums.js';

/** What an import is compared with: the part of the directory its rows name, read in a few batched queries. */
export interface DirectorySnapshot {
  /** By normalized name (ID-2). */
  readonly organizations: ReadonlyMap<string, ExistingOrganization>;
  /** By each of the contract's normalized identifiers. */
  readonly contractsByIdentifier: ReadonlyMap<string, ExistingContract>;
  readonly contactsByOrganization: ReadonlyMap<number, readonly ExistingContact[]>;
  /** By lower-cased name. */
  readonly products: ReadonlyMap<string, { readonly id: number; readonly name: string }>;
}

export interface ExistingOrganization {
  readonly id: number;
  readonly name: string;
  readonly kind: OrganizationKind;
}

export interface ExistingContract {
  readonly id: number;
  readonly organizationId: number;
  readonly organizationName: string;
  /** The printed one first (SupportContract.identifier). */
  readonly identifiers: readonly { readonly identifier: string; readonly normalized: string; readonly kind: IdentifierKind }[];
  readonly productIds: readonly number[];
  readonly productNames: readonly string[];
  readonly supportLevel: SupportLevel;
  readonly validFrom: string;
  readonly validUntil: string;
}

export interface ExistingContact {
  readonly id: number;
  readonly fullName: string;
  readonly position: string;
  readonly phone: string;
  readonly email: string | null;
  readonly locale: Locale;
}
