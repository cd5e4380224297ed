import type * as Types from '../../../graphql/types.generated';

import { gql } from '@apollo/client/core';
export type PortalTicketRowFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, expectedResolutionAt: string | null, organization: { __typename?: 'Organization', id: string, name: string } };

export const PortalTicketRowFragmentDoc = gql`
    fragment PortalTicketRow on Ticket {
  id
  number
  subject
  status
  criticality
  supportLevel
  receivedAt
  responseDueAt
  respondedAt
  slaState
  expectedResolutionAt
  organization {
    id
    name
  }
}
    `;