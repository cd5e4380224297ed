import type { PhoneContractFragment } from '../graphql/phoneContract.api';

export const agentUser = {
  __typename: 'User',
  id: '2',
  email: 'agent1@demo.local',
  fullName: 'Алексей Инженеров',
  role: 'AGENT',
  organization: { __typename: 'Organization', id: '1', name: 'ЦЗИ ООО «Конфидент»', kind: 'VENDOR' },
};

export function phoneContract(overrides: Partial<PhoneContractFragment> = {}): PhoneContractFragment {
  return {
    __typename: 'SupportContract',
    id: 'c2',
    identifier: 'DL-EXT-0001',
    identifierKind: 'LICENSE_NUMBER',
    supportLevel: 'EXTENDED',
    active: true,
    validFrom: '2025-02-16',
    validUntil: '2027-02-16',
    organization: { __typename: 'Organization', id: '3', name: 'ПАО Бета' },
    product: { __typename: 'Product', id: 'p1', name: 'Dallas Lock 8.0', kind: 'SOFTWARE' },
    ...overrides,
  };
}

export const expiredContract = (): PhoneContractFragment =>
  phoneContract({
    id: 'c4',
    identifier: 'DL-EXPIRED-0001',
    supportLevel: 'BASIC',
    active: false,
    validFrom: '2023-01-01',
    validUntil: '2024-12-31',
    organization: { __typename: 'Organization', id: '4', name: 'ООО Гамма' },
  });
