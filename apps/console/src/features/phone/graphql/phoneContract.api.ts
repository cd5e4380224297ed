import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ContractFieldsFragmentDoc } from '@desk/schema';
export type PhoneContractFragment = { __typename?: 'SupportContract', validFrom: string, id: string, identifier: string, identifierKind: Types.IdentifierKind, supportLevel: Types.SupportLevel, active: boolean, validUntil: string, organization: { __typename?: 'Organization', id: string, name: string }, product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind } };

export const PhoneContractFragmentDoc = gql`
    fragment PhoneContract on SupportContract {
  ...ContractFields
  validFrom
}
    `;