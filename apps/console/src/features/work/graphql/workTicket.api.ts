import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketSlaFieldsFragmentDoc } from '@desk/schema';
export type WorkTicketFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, priority: number, escalationLevel: number, customerAnsweredAt: string | null, updatedAt: string, atRiskAt: string, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } };

export const WorkTicketFragmentDoc = gql`
    fragment WorkTicket on Ticket {
  id
  number
  subject
  status
  priority
  escalationLevel
  customerAnsweredAt
  updatedAt
  atRiskAt
  ...TicketSlaFields
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