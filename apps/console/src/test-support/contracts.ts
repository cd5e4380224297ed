import type { ContractFieldsFragment } from '@desk/schema';

/** A support contract of ПАО Бета (EXTENDED, in force), as `contracts` lists it. */
export function contract(overrides: Partial<ContractFieldsFragment> = {}): ContractFieldsFragment {
  return {
    __typename: 'SupportContract',
    id: 'c1',
    identifier: 'DL-EXT-0001',
    identifierKind: 'LICENSE_NUMBER',
    supportLevel: 'EXTENDED',
    active: true,
    validUntil: '2027-11-24',
    organization: { __typename: 'Organization', id: '3', name: 'ПАО Бета' },
    product: { __typename: 'Product', id: 'p1', name: 'Dallas Lock 8.0', kind: 'SOFTWARE' },
    ...overrides,
  };
}
