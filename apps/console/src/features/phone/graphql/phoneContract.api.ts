import type * as Types from '../../../graphql/types.generated';

import { gql } from '@apollo/client/core';
export type PhoneContractFragment = { __typename?: 'SupportContract', id: string, identifier: string, identifierKind: Types.IdentifierKind, supportLevel: Types.SupportLevel, active: boolean, validFrom: string, validUntil: string, organization: { __typename?: 'Organization', id: string, name: string }, product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind } };

export const PhoneContractFragmentDoc = gql`
    fragment PhoneContract on SupportContract {
  id
  identifier
  identifierKind
  supportLevel
  active
  validFrom
  validUntil
  organization {
    id
    name
  }
  product {
    id
    name
    kind
  }
}
    `;