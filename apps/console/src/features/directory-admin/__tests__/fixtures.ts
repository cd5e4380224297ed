import type { AdminContractsQuery } from '../graphql/adminContracts.api';
import type { AdminContactFragment } from '../graphql/directoryAdmin.api';

/** Answers the directory-admin panels' specs share (#12). */
export const contact: AdminContactFragment = {
  __typename: 'Contact',
  id: '11',
  fullName: 'Ирина Петрова',
  position: 'Главный инженер',
  email: 'petrova@romashka.example',
  phone: '+7 495 123-45-67',
  locale: 'RU',
};

export const customers = [
  { __typename: 'Organization' as const, id: '1', name: 'АО Ромашка' },
  { __typename: 'Organization' as const, id: '2', name: 'ООО Василёк' },
];

export const products = [
  { __typename: 'Product' as const, id: '7', name: 'Континент' },
  { __typename: 'Product' as const, id: '8', name: 'Соболь' },
];

export const contract: AdminContractsQuery['contracts'][number] = {
  __typename: 'SupportContract',
  id: '31',
  identifier: 'LIC-100',
  supportLevel: 'BASIC',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  active: true,
  terminatedAt: null,
  organization: { __typename: 'Organization', id: '1', name: 'АО Ромашка' },
  identifiers: [{ __typename: 'ContractIdentifier', identifier: 'LIC-100', kind: 'LICENSE_NUMBER' }],
  products: [{ __typename: 'Product', id: '7', name: 'Континент' }],
  history: [
    {
      __typename: 'ContractEvent',
      id: '1',
      kind: 'CREATED',
      at: '2026-01-01T07:00:00.000Z',
      before: null,
      after: JSON.stringify({ supportLevel: 'BASIC', validFrom: '2025-01-01', validUntil: '2025-12-31', identifiers: ['LIC-100'], products: ['Континент'] }),
    },
    {
      __typename: 'ContractEvent',
      id: '2',
      kind: 'RENEWED',
      at: '2026-01-02T07:00:00.000Z',
      before: null,
      after: JSON.stringify({ supportLevel: 'BASIC', validFrom: '2026-01-01', validUntil: '2026-12-31', identifiers: ['LIC-100'], products: ['Континент'] }),
    },
  ],
};
