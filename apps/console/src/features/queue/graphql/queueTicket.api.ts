import type * as Types from '../../../graphql/types.generated';

import { gql } from '@apollo/client/core';
export type QueueTicketFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, category: Types.TicketCategory, criticality: Types.Criticality, supportLevel: Types.SupportLevel, priority: number, status: Types.TicketStatus, channel: Types.Channel, receivedAt: string, responseDueAt: string, atRiskAt: string, respondedAt: string | null, slaState: Types.SlaState, escalationLevel: number, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null };

export const QueueTicketFragmentDoc = gql`
    fragment QueueTicket on Ticket {
  id
  number
  subject
  category
  criticality
  supportLevel
  priority
  status
  channel
  receivedAt
  responseDueAt
  atRiskAt
  respondedAt
  slaState
  escalationLevel
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