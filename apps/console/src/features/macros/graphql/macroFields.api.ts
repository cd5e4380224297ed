import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type MacroFieldsFragment = { __typename?: 'Macro', id: string, name: string, shared: boolean, editable: boolean, replyKind: Types.MessageKind | null, targetStatus: Types.TicketStatus | null, resolution: Types.Resolution | null, assignment: Types.MacroAssignment | null, replyTemplate: { __typename?: 'ReplyTemplate', id: string, title: string } | null, assignee: { __typename?: 'User', id: string, fullName: string } | null };

export const MacroFieldsFragmentDoc = gql`
    fragment MacroFields on Macro {
  id
  name
  shared
  editable
  replyKind
  targetStatus
  resolution
  assignment
  replyTemplate {
    id
    title
  }
  assignee {
    id
    fullName
  }
}
    `;