import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type CertificateAlertItemFragment = { __typename?: 'CertificateExpiryAlert', id: string, thresholdDays: number, validUntil: string, dueAt: string, raisedAt: string, certificate: { __typename?: 'Certificate', id: string, number: string, issuer: string, productVersions: string | null, product: { __typename?: 'Product', id: string, name: string } } };

export const CertificateAlertItemFragmentDoc = gql`
    fragment CertificateAlertItem on CertificateExpiryAlert {
  id
  thresholdDays
  validUntil
  dueAt
  raisedAt
  certificate {
    id
    number
    issuer
    productVersions
    product {
      id
      name
    }
  }
}
    `;