import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { PortalTicketFragmentDoc } from './portalTicket.api';
import { TicketSlaFieldsFragmentDoc, TicketAppendixFieldsFragmentDoc, TimelineEntryFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type PortalTicketDetailQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type PortalTicketDetailQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', id: string, number: string, subject: string, description: string, status: Types.TicketStatus, category: Types.TicketCategory, channel: Types.Channel, expectedResolutionAt: string | null, autoCloseAt: string | null, waitingSince: string | null, closedAt: string | null, resolution: Types.Resolution | null, resolutionNote: string | null, thirdPartyVendor: string | null, rejectionReason: string | null, rejectionNote: string | null, updatedAt: string, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, productVersion: string | null, buildNumber: string | null, osVersion: string | null, osBitness: Types.OsBitness | null, hardwareModel: string | null, bootMode: Types.BootMode | null, occursWhen: string | null, stepsToReproduce: string | null, errorText: string | null, installedSoftware: string | null, rating: { __typename?: 'TicketRating', score: number, comment: string | null, ratedAt: string } | null, organization: { __typename?: 'Organization', id: string, name: string }, contact: { __typename?: 'Contact', id: string, fullName: string, position: string, phone: string, email: string | null }, continues: { __typename?: 'Ticket', id: string, number: string } | null, missingInformation: Array<{ __typename?: 'MissingInformation', item: Types.AppendixItem, required: boolean, question: string }>, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: Types.MessageKind, body: string, authorName: string, createdAt: string, internal: boolean }>, timeline: Array<{ __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null }>, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } | null };


export const PortalTicketDetailDocument = gql`
    query PortalTicketDetail($id: ID!) {
  ticket(id: $id) {
    ...PortalTicket
  }
}
    ${PortalTicketFragmentDoc}
${TicketSlaFieldsFragmentDoc}
${TicketAppendixFieldsFragmentDoc}
${TimelineEntryFieldsFragmentDoc}`;

/**
 * __usePortalTicketDetailQuery__
 *
 * To run a query within a Vue component, call `usePortalTicketDetailQuery` and pass it any options that fit your needs.
 * When your component renders, `usePortalTicketDetailQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = usePortalTicketDetailQuery({
 *   id: // value for 'id'
 * });
 */
export function usePortalTicketDetailQuery(variables: PortalTicketDetailQueryVariables | VueCompositionApi.Ref<PortalTicketDetailQueryVariables> | ReactiveFunction<PortalTicketDetailQueryVariables>, options: VueApolloComposable.UseQueryOptions<PortalTicketDetailQuery, PortalTicketDetailQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<PortalTicketDetailQuery, PortalTicketDetailQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<PortalTicketDetailQuery, PortalTicketDetailQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<PortalTicketDetailQuery, PortalTicketDetailQueryVariables>(PortalTicketDetailDocument, variables, options);
}
export function usePortalTicketDetailLazyQuery(variables?: PortalTicketDetailQueryVariables | VueCompositionApi.Ref<PortalTicketDetailQueryVariables> | ReactiveFunction<PortalTicketDetailQueryVariables>, options: VueApolloComposable.UseQueryOptions<PortalTicketDetailQuery, PortalTicketDetailQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<PortalTicketDetailQuery, PortalTicketDetailQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<PortalTicketDetailQuery, PortalTicketDetailQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<PortalTicketDetailQuery, PortalTicketDetailQueryVariables>(PortalTicketDetailDocument, variables, options);
}
export type PortalTicketDetailQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<PortalTicketDetailQuery, PortalTicketDetailQueryVariables>;