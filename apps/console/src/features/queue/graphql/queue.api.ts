import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { QueueTicketFragmentDoc } from '../../../stores/graphql/queueTicket.api';
import { TicketSlaFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type QueueQueryVariables = Types.Exact<{
  first: Types.Scalars['Int']['input'];
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type QueueQuery = { __typename?: 'Query', queue: { __typename?: 'TicketConnection', version: number | null, totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'TicketEdge', cursor: string, node: { __typename?: 'Ticket', id: string, number: string, subject: string, category: Types.TicketCategory, priority: number, status: Types.TicketStatus, channel: Types.Channel, atRiskAt: string, escalationLevel: number, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, reactionNotice: { __typename?: 'ReactionNotice', state: Types.ReactionNoticeState, channel: Types.Channel } | null, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } }> } };


export const QueueDocument = gql`
    query Queue($first: Int!, $after: String) {
  queue(first: $first, after: $after) {
    version
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...QueueTicket
      }
    }
  }
}
    ${QueueTicketFragmentDoc}
${TicketSlaFieldsFragmentDoc}`;

/**
 * __useQueueQuery__
 *
 * To run a query within a Vue component, call `useQueueQuery` and pass it any options that fit your needs.
 * When your component renders, `useQueueQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useQueueQuery({
 *   first: // value for 'first'
 *   after: // value for 'after'
 * });
 */
export function useQueueQuery(variables: QueueQueryVariables | VueCompositionApi.Ref<QueueQueryVariables> | ReactiveFunction<QueueQueryVariables>, options: VueApolloComposable.UseQueryOptions<QueueQuery, QueueQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<QueueQuery, QueueQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<QueueQuery, QueueQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<QueueQuery, QueueQueryVariables>(QueueDocument, variables, options);
}
export function useQueueLazyQuery(variables?: QueueQueryVariables | VueCompositionApi.Ref<QueueQueryVariables> | ReactiveFunction<QueueQueryVariables>, options: VueApolloComposable.UseQueryOptions<QueueQuery, QueueQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<QueueQuery, QueueQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<QueueQuery, QueueQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<QueueQuery, QueueQueryVariables>(QueueDocument, variables, options);
}
export type QueueQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<QueueQuery, QueueQueryVariables>;