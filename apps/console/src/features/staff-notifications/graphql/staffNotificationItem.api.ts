import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type StaffNotificationItemFragment = { __typename?: 'StaffNotification', id: string, kind: Types.StaffNotificationKind, text: string, data: Record<string, unknown> | null, createdAt: string, readAt: string | null, offAppStatus: Types.OffAppStatus, offAppDueAt: string | null, ticket: { __typename?: 'Ticket', id: string, number: string } | null };

export const StaffNotificationItemFragmentDoc = gql`
    fragment StaffNotificationItem on StaffNotification {
  id
  kind
  text
  data
  createdAt
  readAt
  offAppStatus
  offAppDueAt
  ticket {
    id
    number
  }
}
    `;