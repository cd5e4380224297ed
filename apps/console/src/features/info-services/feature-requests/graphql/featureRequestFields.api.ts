import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type FeatureRequestFieldsFragment = { __typename?: 'FeatureRequest', id: string, number: string, title: string, description: string, status: Types.FeatureRequestStatus, statusNote: string | null, statusChangedAt: string, createdAt: string, updatedAt: string, requestingOrganizationsCount: number, product: { __typename?: 'Product', id: string, name: string } | null, tickets: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, organization: { __typename?: 'Organization', id: string, name: string } }> };

export const FeatureRequestFieldsFragmentDoc = gql`
    fragment FeatureRequestFields on FeatureRequest {
  id
  number
  title
  description
  status
  statusNote
  statusChangedAt
  createdAt
  updatedAt
  requestingOrganizationsCount
  product {
    id
    name
  }
  tickets {
    id
    number
    subject
    status
    organization {
      id
      name
    }
  }
}
    `;