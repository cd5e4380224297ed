import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketDetailFragmentDoc } from './ticketDetail.api';
import { TicketSlaFieldsFragmentDoc, TicketAppendixFieldsFragmentDoc, TimelineEntryFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type TicketQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type TicketQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', changeVersion: number | null, id: string, number: string, subject: string, description: string, category: Types.TicketCategory, priority: number, status: Types.TicketStatus, channel: Types.Channel, atRiskAt: string, slaOutcome: Types.SlaOutcome | null, escalationLevel: number, expectedResolutionAt: string | null, createdAt: string, updatedAt: string, closedAt: string | null, resolutionSeconds: number | null, waitingSince: string | null, autoCloseAt: string | null, resolution: Types.Resolution | null, resolutionNote: string | null, thirdPartyVendor: string | null, rejectionReason: string | null, rejectionNote: string | null, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, productVersion: string | null, buildNumber: string | null, osVersion: string | null, osBitness: Types.OsBitness | null, hardwareModel: string | null, bootMode: Types.BootMode | null, occursWhen: string | null, stepsToReproduce: string | null, errorText: string | null, installedSoftware: string | null, reactionNotice: { __typename?: 'ReactionNotice', state: Types.ReactionNoticeState, channel: Types.Channel, deliveredAt: string | null, proof: string | null, error: string | null, failure: Types.ReactionNoticeFailure | null } | null, respondedBy: { __typename?: 'User', id: string, fullName: string } | null, rating: { __typename?: 'TicketRating', score: number, comment: string | null, ratedAt: string } | null, organization: { __typename?: 'Organization', id: string, name: string }, contact: { __typename?: 'Contact', id: string, fullName: string, position: string, phone: string, email: string | null }, assignee: { __typename?: 'User', id: string, fullName: string } | null, missingInformation: Array<{ __typename?: 'MissingInformation', item: Types.AppendixItem, required: boolean, question: string }>, splitFrom: { __typename?: 'Ticket', id: string, number: string } | null, continues: { __typename?: 'Ticket', id: string, number: string } | null, mergedInto: { __typename?: 'Ticket', id: string, number: string } | null, splitParts: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus }>, timeline: Array<{ __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null }>, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: Types.MessageKind, body: string, authorName: string, createdAt: string, internal: boolean }>, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, contentType: string, size: number, sha256: string, downloadUrl: string, createdAt: string }>, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } | null };


export const TicketDocument = gql`
    query Ticket($id: ID!) {
  ticket(id: $id) {
    ...TicketDetail
    changeVersion
  }
}
    ${TicketDetailFragmentDoc}
${TicketSlaFieldsFragmentDoc}
${TicketAppendixFieldsFragmentDoc}
${TimelineEntryFieldsFragmentDoc}`;

/**
 * __useTicketQuery__
 *
 * To run a query within a Vue component, call `useTicketQuery` and pass it any options that fit your needs.
 * When your component renders, `useTicketQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useTicketQuery({
 *   id: // value for 'id'
 * });
 */
export function useTicketQuery(variables: TicketQueryVariables | VueCompositionApi.Ref<TicketQueryVariables> | ReactiveFunction<TicketQueryVariables>, options: VueApolloComposable.UseQueryOptions<TicketQuery, TicketQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<TicketQuery, TicketQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<TicketQuery, TicketQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<TicketQuery, TicketQueryVariables>(TicketDocument, variables, options);
}
export function useTicketLazyQuery(variables?: TicketQueryVariables | VueCompositionApi.Ref<TicketQueryVariables> | ReactiveFunction<TicketQueryVariables>, options: VueApolloComposable.UseQueryOptions<TicketQuery, TicketQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<TicketQuery, TicketQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<TicketQuery, TicketQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<TicketQuery, TicketQueryVariables>(TicketDocument, variables, options);
}
export type TicketQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<TicketQuery, TicketQueryVariables>;