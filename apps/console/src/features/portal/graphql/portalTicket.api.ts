import type * as Types from '../../../graphql/types.generated';

import { gql } from '@apollo/client/core';
import { TimelineEntryFieldsFragmentDoc } from '../../ticket/graphql/timelineEntry.api';
export type PortalTicketFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, description: string, status: Types.TicketStatus, category: Types.TicketCategory, criticality: Types.Criticality, supportLevel: Types.SupportLevel, channel: Types.Channel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, expectedResolutionAt: string | null, autoCloseAt: string | null, waitingSince: string | null, closedAt: string | null, resolution: Types.Resolution | null, resolutionNote: string | null, thirdPartyVendor: string | null, rejectionReason: string | null, rejectionNote: string | null, updatedAt: string, productVersion: string | null, buildNumber: string | null, osVersion: string | null, osBitness: Types.OsBitness | null, hardwareModel: string | null, bootMode: Types.BootMode | null, occursWhen: string | null, stepsToReproduce: string | null, errorText: string | null, installedSoftware: string | null, organization: { __typename?: 'Organization', id: string, name: string }, contact: { __typename?: 'Contact', id: string, fullName: string, position: string, phone: string, email: string | null }, continues: { __typename?: 'Ticket', id: string, number: string } | null, missingInformation: Array<{ __typename?: 'MissingInformation', item: Types.AppendixItem, required: boolean, question: string }>, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: Types.MessageKind, body: string, authorName: string, createdAt: string, internal: boolean }>, timeline: Array<{ __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null }> };

export const PortalTicketFragmentDoc = gql`
    fragment PortalTicket on Ticket {
  id
  number
  subject
  description
  status
  category
  criticality
  supportLevel
  channel
  receivedAt
  responseDueAt
  respondedAt
  slaState
  expectedResolutionAt
  autoCloseAt
  waitingSince
  closedAt
  resolution
  resolutionNote
  thirdPartyVendor
  rejectionReason
  rejectionNote
  updatedAt
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