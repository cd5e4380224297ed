import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type SlaAlertItemFragment = { __typename?: 'SlaAlert', id: string, version: number | null, kind: Types.SlaAlertKind, dueAt: string, raisedAt: string, ticket: { __typename?: 'Ticket', id: string, number: string, subject: string, priority: number, status: Types.TicketStatus, respondedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string } } };

export const SlaAlertItemFragmentDoc = gql`
    fragment SlaAlertItem on SlaAlert {
  id
  version
  kind
  dueAt
  raisedAt
  ticket {
    id
    number
    subject
    priority
    status
    respondedAt
    organization {
      id
      name
    }
  }
}
    `;