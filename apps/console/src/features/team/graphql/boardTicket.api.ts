import type * as Types from '../../../graphql/types.generated';

import { gql } from '@apollo/client/core';
export type BoardTicketFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, category: Types.TicketCategory, criticality: Types.Criticality, supportLevel: Types.SupportLevel, priority: number, escalationLevel: number, slaState: Types.SlaState, receivedAt: string, responseDueAt: string, respondedAt: string | null, expectedResolutionAt: string | null, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null };

export const BoardTicketFragmentDoc = gql`
    fragment BoardTicket on Ticket {
  id
  number
  subject
  status
  category
  criticality
  supportLevel
  priority
  escalationLevel
  slaState
  receivedAt
  responseDueAt
  respondedAt
  expectedResolutionAt
  organization {
    id
    name
  }
  assignee {
    id
    fullName
  }
}
    `;