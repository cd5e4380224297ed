import { contract } from '@/test-support/contracts';
import type { PhoneContractFragment } from '../graphql/phoneContract.api';

/** The contract as the phone form reads it: a register entry with the day it starts (ID-2). */
export function phoneContract(overrides: Partial<PhoneContractFragment> = {}): PhoneContractFragment {
  return { ...contract({ id: 'c2', validUntil: '2027-02-16' }), validFrom: '2025-02-16', ...overrides };
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
