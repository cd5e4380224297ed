import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type CertificateFieldsFragment = { __typename?: 'Certificate', id: string, number: string, issuer: string, productVersions: string | null, description: string | null, validFrom: string, validUntil: string, active: boolean, daysLeft: number, product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind } };

export const CertificateFieldsFragmentDoc = gql`
    fragment CertificateFields on Certificate {
  id
  number
  issuer
  productVersions
  description
  validFrom
  validUntil
  active
  daysLeft
  product {
    id
    name
    kind
  }
}
    `;