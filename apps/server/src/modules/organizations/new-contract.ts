import type { EntityManager } from '@mikro-orm/core';
import type { IsoDate } from '@desk/sla';
import { normalizeIdentifier } from '@desk/sla';
import { ContractIdentifier } from '../../entities/organizations/contract-identifier.entity.js';
import type { IdentifierKind } from '../../entities/organizations/organization.enums.js';
import type { Organization } from '../../entities/organizations/organization.entity.js';
import type { Product } from '../../entities/organizations/product.entity.js';
import type { SupportLevel } from '../../entities/sla/sla.enums.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';

export interface ContractTerms {
  readonly organization: Organization;
  /** The first is the one printed on the contract (`SupportContract.identifier`). */
  readonly identifiers: readonly { readonly identifier: string; readonly kind: IdentifierKind }[];
  /** The first is `SupportContract.product`. */
  readonly products: readonly Product[];
  readonly supportLevel: SupportLevel;
  readonly validFrom: IsoDate;
  readonly validUntil: IsoDate;
}

/** A contract with all its identifiers and products, in the caller's unit of work (the admins' and the demo seed's one way). */
export function newContract(em: EntityManager, terms: ContractTerms): SupportContract {
  const contract = em.create(SupportContract, { organization: terms.organization, product: terms.products[0]!, ...contractColumns(terms) });
  for (const row of identifierColumns(terms.identifiers)) em.create(ContractIdentifier, { contract, ...row });
  contract.products.set([...terms.products]);
  return contract;
}

/** A contract's own columns: the first identifier is the printed one (bulk onboarding inserts these rows directly, #12). */
export function contractColumns(terms: Pick<ContractTerms, 'identifiers' | 'supportLevel' | 'validFrom' | 'validUntil'>) {
  const first = terms.identifiers[0]!;
  return {
    identifier: first.identifier,
    normalizedIdentifier: normalizeIdentifier(first.identifier),
    identifierKind: first.kind,
    supportLevel: terms.supportLevel,
    validFrom: terms.validFrom,
    validUntil: terms.validUntil,
  };
}

/** One ContractIdentifier row per identifier, normalized as requests are matched (ID-2). */
export function identifierColumns(identifiers: ContractTerms['identifiers']) {
  return identifiers.map((given) => ({ identifier: given.identifier, normalizedIdentifier: normalizeIdentifier(given.identifier), kind: given.kind }));
}
