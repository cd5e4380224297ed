import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketSlaFieldsFragmentDoc, TicketAppendixFieldsFragmentDoc, TimelineEntryFieldsFragmentDoc } from '@desk/schema';
export type TicketDetailFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, description: string, category: Types.TicketCategory, priority: number, status: Types.TicketStatus, channel: Types.Channel, atRiskAt: string, slaOutcome: Types.SlaOutcome | null, escalationLevel: number, expectedResolutionAt: string | null, createdAt: string, updatedAt: string, closedAt: string | null, resolutionSeconds: number | null, waitingSince: string | null, autoCloseAt: string | null, resolution: Types.Resolution | null, resolutionNote: string | null, thirdPartyVendor: string | null, rejectionReason: string | null, rejectionNote: string | null, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, productVersion: string | null, buildNumber: string | null, osVersion: string | null, osBitness: Types.OsBitness | null, hardwareModel: string | null, bootMode: Types.BootMode | null, occursWhen: string | null, stepsToReproduce: string | null, errorText: string | null, installedSoftware: string | null, reactionNotice: { __typename?: 'ReactionNotice', state: Types.ReactionNoticeState, channel: Types.Channel, deliveredAt: string | null, proof: string | null, error: string | null, failure: Types.ReactionNoticeFailure | null } | null, respondedBy: { __typename?: 'User', id: string, fullName: string } | null, rating: { __typename?: 'TicketRating', score: number, comment: string | null, ratedAt: string } | null, organization: { __typename?: 'Organization', id: string, name: string }, contact: { __typename?: 'Contact', id: string, fullName: string, position: string, phone: string, email: string | null }, assignee: { __typename?: 'User', id: string, fullName: string } | null, missingInformation: Array<{ __typename?: 'MissingInformation', item: Types.AppendixItem, required: boolean, question: string }>, splitFrom: { __typename?: 'Ticket', id: string, number: string } | null, continues: { __typename?: 'Ticket', id: string, number: string } | null, mergedInto: { __typename?: 'Ticket', id: string, number: string } | null, splitParts: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus }>, timeline: Array<{ __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null }>, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: Types.MessageKind, body: string, authorName: string, createdAt: string, internal: boolean }>, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, contentType: string, size: number, sha256: string, downloadUrl: string, createdAt: string }>, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } };

export const TicketDetailFragmentDoc = gql`
    fragment TicketDetail on Ticket {
  id
  number
  subject
  description
  category
  ...TicketSlaFields
  priority
  status
  channel
  atRiskAt
  slaOutcome
  reactionNotice {
    state
    channel
    deliveredAt
    proof
    error
    failure
  }
  respondedBy {
    id
    fullName
  }
  escalationLevel
  expectedResolutionAt
  createdAt
  updatedAt
  closedAt
  resolutionSeconds
  waitingSince
  autoCloseAt
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
  assignee {
    id
    fullName
  }
  missingInformation {
    item
    required
    question
  }
  splitFrom {
    id
    number
  }
  continues {
    id
    number
  }
  mergedInto {
    id
    number
  }
  splitParts {
    id
    number
    subject
    status
  }
  timeline {
    ...TimelineEntryFields
  }
  messages {
    id
    kind
    body
    authorName
    createdAt
    internal
  }
  files {
    id
    fileName
    contentType
    size
    sha256
    downloadUrl
    createdAt
  }
}
    `;