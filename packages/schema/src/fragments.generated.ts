import type * as Types from './types.generated.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
import { gql } from 'graphql-tag';
export type ContractFieldsFragment = { __typename?: 'SupportContract', id: string, identifier: string, identifierKind: Types.IdentifierKind, supportLevel: Types.SupportLevel, active: boolean, validUntil: string, organization: { __typename?: 'Organization', id: string, name: string }, product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind } };

export type TicketAppendixFieldsFragment = { __typename?: 'Ticket', productVersion: string | null, buildNumber: string | null, osVersion: string | null, osBitness: Types.OsBitness | null, hardwareModel: string | null, bootMode: Types.BootMode | null, occursWhen: string | null, stepsToReproduce: string | null, errorText: string | null, installedSoftware: string | null };

export type TicketSlaFieldsFragment = { __typename?: 'Ticket', criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } };

export type TimelineEntryFieldsFragment = { __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null };

export const ContractFieldsFragmentDoc = gql`
    fragment ContractFields on SupportContract {
  id
  identifier
  identifierKind
  supportLevel
  active
  validUntil
  organization {
    id
    name
  }
  product {
    id
    name
    kind
  }
}
    ` as unknown as DocumentNode<ContractFieldsFragment, unknown>;
export const TicketAppendixFieldsFragmentDoc = gql`
    fragment TicketAppendixFields on Ticket {
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
}
    ` as unknown as DocumentNode<TicketAppendixFieldsFragment, unknown>;
export const TicketSlaFieldsFragmentDoc = gql`
    fragment TicketSlaFields on Ticket {
  criticality
  supportLevel
  receivedAt
  responseDueAt
  respondedAt
  slaState
  sla {
    serviceHours {
      periods
      preHolidayShortDays
      calendarOverrides {
        date
        working
        shortened
      }
    }
  }
}
    ` as unknown as DocumentNode<TicketSlaFieldsFragment, unknown>;
export const TimelineEntryFieldsFragmentDoc = gql`
    fragment TimelineEntryFields on TimelineEntry {
  id
  at
  kind
  summary
  internal
  data
}
    ` as unknown as DocumentNode<TimelineEntryFieldsFragment, unknown>;