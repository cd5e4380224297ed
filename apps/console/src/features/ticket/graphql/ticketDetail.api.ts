import type * as Types from '../../../graphql/types.generated';

import { gql } from '@apollo/client/core';
import { TimelineEntryFieldsFragmentDoc } from './timelineEntry.api';
export type TicketDetailFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, description: string, category: Types.TicketCategory, criticality: Types.Criticality, supportLevel: Types.SupportLevel, priority: number, status: Types.TicketStatus, channel: Types.Channel, receivedAt: string, responseDueAt: string, atRiskAt: string, respondedAt: string | null, slaOutcome: Types.SlaOutcome | null, slaState: Types.SlaState, escalationLevel: number, expectedResolutionAt: string | null, createdAt: string, updatedAt: string, closedAt: string | null, waitingSince: string | null, autoCloseAt: string | null, resolution: Types.Resolution | null, resolutionNote: string | null, thirdPartyVendor: string | null, rejectionReason: string | null, rejectionNote: string | null, productVersion: string | null, buildNumber: string | null, osVersion: string | null, osBitness: Types.OsBitness | null, hardwareModel: string | null, bootMode: Types.BootMode | null, occursWhen: string | null, stepsToReproduce: string | null, errorText: string | null, installedSoftware: string | null, organization: { __typename?: 'Organization', id: string, name: string }, contact: { __typename?: 'Contact', id: string, fullName: string, position: string, phone: string, email: string | null }, assignee: { __typename?: 'User', id: string, fullName: string } | null, missingInformation: Array<{ __typename?: 'MissingInformation', item: Types.AppendixItem, required: boolean, question: string }>, splitFrom: { __typename?: 'Ticket', id: string, number: string } | null, continues: { __typename?: 'Ticket', id: string, number: string } | null, splitParts: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus }>, timeline: Array<{ __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null }>, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: Types.MessageKind, body: string, authorName: string, createdAt: string, internal: boolean }>, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, contentType: string, size: number, sha256: string, downloadUrl: string, createdAt: string }> };

export const TicketDetailFragmentDoc = gql`
    fragment TicketDetail on Ticket {
  id
  number
  subject
  description
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
  slaOutcome
  slaState
  escalationLevel
  expectedResolutionAt
  createdAt
  updatedAt
  closedAt
  waitingSince
  autoCloseAt
  resolution
  resolutionNote
  thirdPartyVendor
  rejectionReason
  rejectionNote
  productVersion
  buildNumber
  osVersion
  osBitness
  hardwareModel
  bootMode
  occursWhen
  stepsToReproduce
  errorText
  installedSoftware
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