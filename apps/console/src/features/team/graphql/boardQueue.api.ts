import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { BoardTicketFragmentDoc } from './boardTicket.api';
import { TicketSlaFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type BoardQueueQueryVariables = Types.Exact<{
  first: Types.Scalars['Int']['input'];
}>;


export type BoardQueueQuery = { __typename?: 'Query', queue: { __typename?: 'TicketConnection', totalCount: number, edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, category: Types.TicketCategory, priority: number, escalationLevel: number, expectedResolutionAt: string | null, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } }> } };


export const BoardQueueDocument = gql`
    query BoardQueue($first: Int!) {
  queue(first: $first) {
    totalCount
    edges {
      node {
        ...BoardTicket
      }
    }
  }
}
    ${BoardTicketFragmentDoc}
${TicketSlaFieldsFragmentDoc}`;

/**
 * __useBoardQueueQuery__
 *
 * To run a query within a Vue component, call `useBoardQueueQuery` and pass it any options that fit your needs.
 * When your component renders, `useBoardQueueQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useBoardQueueQuery({
 *   first: // value for 'first'
 * });
 */
export function useBoardQueueQuery(variables: BoardQueueQueryVariables | VueCompositionApi.Ref<BoardQueueQueryVariables> | ReactiveFunction<BoardQueueQueryVariables>, options: VueApolloComposable.UseQueryOptions<BoardQueueQuery, BoardQueueQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<BoardQueueQuery, BoardQueueQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<BoardQueueQuery, BoardQueueQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<BoardQueueQuery, BoardQueueQueryVariables>(BoardQueueDocument, variables, options);
}
export function useBoardQueueLazyQuery(variables?: BoardQueueQueryVariables | VueCompositionApi.Ref<BoardQueueQueryVariables> | ReactiveFunction<BoardQueueQueryVariables>, options: VueApolloComposable.UseQueryOptions<BoardQueueQuery, BoardQueueQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<BoardQueueQuery, BoardQueueQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<BoardQueueQuery, BoardQueueQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<BoardQueueQuery, BoardQueueQueryVariables>(BoardQueueDocument, variables, options);
}
export type BoardQueueQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<BoardQueueQuery, BoardQueueQueryVariables>;