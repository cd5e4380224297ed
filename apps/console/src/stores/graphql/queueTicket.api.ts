import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketSlaFieldsFragmentDoc } from '@desk/schema';
export type QueueTicketFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, category: Types.TicketCategory, priority: number, status: Types.TicketStatus, channel: Types.Channel, atRiskAt: string, escalationLevel: number, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, reactionNotice: { __typename?: 'ReactionNotice', state: Types.ReactionNoticeState, channel: Types.Channel } | null, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } };

export const QueueTicketFragmentDoc = gql`
    fragment QueueTicket on Ticket {
  id
  number
  subject
  category
  ...TicketSlaFields
  priority
  status
  channel
  atRiskAt
  escalationLevel
  reactionNotice {
    state
    channel
  }
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