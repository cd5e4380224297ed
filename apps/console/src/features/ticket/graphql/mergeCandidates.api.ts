import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type MergeCandidatesQueryVariables = Types.Exact<{
  organizationId: Types.Scalars['ID']['input'];
  first?: Types.InputMaybe<Types.Scalars['Int']['input']>;
}>;


export type MergeCandidatesQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, number: string, subject: string, channel: Types.Channel, status: Types.TicketStatus, receivedAt: string, contact: { __typename?: 'Contact', id: string, fullName: string } } }> } };


export const MergeCandidatesDocument = gql`
    query MergeCandidates($organizationId: ID!, $first: Int = 50) {
  tickets(
    first: $first
    filter: {organizationId: $organizationId, statuses: [NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER]}
  ) {
    edges {
      node {
        id
        number
        subject
        channel
        status
        receivedAt
        contact {
          id
          fullName
        }
      }
    }
  }
}
    `;

/**
 * __useMergeCandidatesQuery__
 *
 * To run a query within a Vue component, call `useMergeCandidatesQuery` and pass it any options that fit your needs.
 * When your component renders, `useMergeCandidatesQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useMergeCandidatesQuery({
 *   organizationId: // value for 'organizationId'
 *   first: // value for 'first'
 * });
 */
export function useMergeCandidatesQuery(variables: MergeCandidatesQueryVariables | VueCompositionApi.Ref<MergeCandidatesQueryVariables> | ReactiveFunction<MergeCandidatesQueryVariables>, options: VueApolloComposable.UseQueryOptions<MergeCandidatesQuery, MergeCandidatesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<MergeCandidatesQuery, MergeCandidatesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<MergeCandidatesQuery, MergeCandidatesQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<MergeCandidatesQuery, MergeCandidatesQueryVariables>(MergeCandidatesDocument, variables, options);
}
export function useMergeCandidatesLazyQuery(variables?: MergeCandidatesQueryVariables | VueCompositionApi.Ref<MergeCandidatesQueryVariables> | ReactiveFunction<MergeCandidatesQueryVariables>, options: VueApolloComposable.UseQueryOptions<MergeCandidatesQuery, MergeCandidatesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<MergeCandidatesQuery, MergeCandidatesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<MergeCandidatesQuery, MergeCandidatesQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<MergeCandidatesQuery, MergeCandidatesQueryVariables>(MergeCandidatesDocument, variables, options);
}
export type MergeCandidatesQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<MergeCandidatesQuery, MergeCandidatesQueryVariables>;