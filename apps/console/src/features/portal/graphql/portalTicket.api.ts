import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketSlaFieldsFragmentDoc, TicketAppendixFieldsFragmentDoc, TimelineEntryFieldsFragmentDoc } from '@desk/schema';
export type PortalTicketFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, description: string, status: Types.TicketStatus, category: Types.TicketCategory, channel: Types.Channel, expectedResolutionAt: string | null, autoCloseAt: string | null, waitingSince: string | null, closedAt: string | null, resolution: Types.Resolution | null, resolutionNote: string | null, thirdPartyVendor: string | null, rejectionReason: string | null, rejectionNote: string | null, updatedAt: string, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, productVersion: string | null, buildNumber: string | null, osVersion: string | null, osBitness: Types.OsBitness | null, hardwareModel: string | null, bootMode: Types.BootMode | null, occursWhen: string | null, stepsToReproduce: string | null, errorText: string | null, installedSoftware: string | null, rating: { __typename?: 'TicketRating', score: number, comment: string | null, ratedAt: string } | null, organization: { __typename?: 'Organization', id: string, name: string }, contact: { __typename?: 'Contact', id: string, fullName: string, position: string, phone: string, email: string | null }, continues: { __typename?: 'Ticket', id: string, number: string } | null, missingInformation: Array<{ __typename?: 'MissingInformation', item: Types.AppendixItem, required: boolean, question: string }>, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: Types.MessageKind, body: string, authorName: string, createdAt: string, internal: boolean }>, timeline: Array<{ __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null }>, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } };

export const PortalTicketFragmentDoc = gql`
    fragment PortalTicket on Ticket {
  id
  number
  subject
  description
  status
  category
  ...TicketSlaFields
  channel
  expectedResolutionAt
  autoCloseAt
  waitingSince
  closedAt
  resolution
  resolutionNote
  thirdPartyVendor
  rejectionReason
  rejectionNote
  rating {
    score
    comment
    ratedAt
  }
  updatedAt
  ...TicketAppendixFields
  organization {
    id
    name
  }
  contact {
    id
    fullName
    position
    phone
    email
  }
  continues {
    id
    number
  }
  missingInformation {
    item
    required
    question
  }
  messages {
    id
    kind
    body
    authorName
    createdAt
    internal
  }
  timeline {
    ...TimelineEntryFields
  }
}
    `;