import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { CertificateFieldsFragmentDoc } from './certificateFields.api';
export type CertificateExpiryAlertItemFragment = { __typename?: 'CertificateExpiryAlert', id: string, thresholdDays: number, validUntil: string, dueAt: string, raisedAt: string, message: string, certificate: { __typename?: 'Certificate', id: string, number: string, issuer: string, productVersions: string | null, description: string | null, validFrom: string, validUntil: string, active: boolean, daysLeft: number, product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind } } };

export const CertificateExpiryAlertItemFragmentDoc = gql`
    fragment CertificateExpiryAlertItem on CertificateExpiryAlert {
  id
  thresholdDays
  validUntil
  dueAt
  raisedAt
  message
  certificate {
    ...CertificateFields
  }
}
    `;