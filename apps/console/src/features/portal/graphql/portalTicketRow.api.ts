import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketSlaFieldsFragmentDoc } from '@desk/schema';
export type PortalTicketRowFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, expectedResolutionAt: string | null, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, organization: { __typename?: 'Organization', id: string, name: string }, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } };

export const PortalTicketRowFragmentDoc = gql`
    fragment PortalTicketRow on Ticket {
  id
  number
  subject
  status
  ...TicketSlaFields
  expectedResolutionAt
  organization {
    id
    name
  }
}
    `;