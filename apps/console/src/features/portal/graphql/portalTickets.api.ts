import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { PortalTicketRowFragmentDoc } from './portalTicketRow.api';
import { TicketSlaFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type PortalTicketsQueryVariables = Types.Exact<{
  first: Types.Scalars['Int']['input'];
  organizationId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
}>;


export type PortalTicketsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, expectedResolutionAt: string | null, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, organization: { __typename?: 'Organization', id: string, name: string }, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } }> } };


export const PortalTicketsDocument = gql`
    query PortalTickets($first: Int!, $organizationId: ID) {
  tickets(first: $first, filter: {organizationId: $organizationId}) {
    totalCount
    edges {
      node {
        ...PortalTicketRow
      }
    }
  }
}
    ${PortalTicketRowFragmentDoc}
${TicketSlaFieldsFragmentDoc}`;

/**
 * __usePortalTicketsQuery__
 *
 * To run a query within a Vue component, call `usePortalTicketsQuery` and pass it any options that fit your needs.
 * When your component renders, `usePortalTicketsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = usePortalTicketsQuery({
 *   first: // value for 'first'
 *   organizationId: // value for 'organizationId'
 * });
 */
export function usePortalTicketsQuery(variables: PortalTicketsQueryVariables | VueCompositionApi.Ref<PortalTicketsQueryVariables> | ReactiveFunction<PortalTicketsQueryVariables>, options: VueApolloComposable.UseQueryOptions<PortalTicketsQuery, PortalTicketsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<PortalTicketsQuery, PortalTicketsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<PortalTicketsQuery, PortalTicketsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<PortalTicketsQuery, PortalTicketsQueryVariables>(PortalTicketsDocument, variables, options);
}
export function usePortalTicketsLazyQuery(variables?: PortalTicketsQueryVariables | VueCompositionApi.Ref<PortalTicketsQueryVariables> | ReactiveFunction<PortalTicketsQueryVariables>, options: VueApolloComposable.UseQueryOptions<PortalTicketsQuery, PortalTicketsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<PortalTicketsQuery, PortalTicketsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<PortalTicketsQuery, PortalTicketsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<PortalTicketsQuery, PortalTicketsQueryVariables>(PortalTicketsDocument, variables, options);
}
export type PortalTicketsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<PortalTicketsQuery, PortalTicketsQueryVariables>;