import type * as Types from '../../../graphql/types.generated';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type MyTicketsQueryVariables = Types.Exact<{
  first: Types.Scalars['Int']['input'];
}>;


export type MyTicketsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, criticality: Types.Criticality, supportLevel: Types.SupportLevel, priority: number, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, organization: { __typename?: 'Organization', id: string, name: string } } }> } };


export const MyTicketsDocument = gql`
    query MyTickets($first: Int!) {
  tickets(first: $first) {
    totalCount
    edges {
      node {
        id
        number
        subject
        status
        criticality
        supportLevel
        priority
        receivedAt
        responseDueAt
        respondedAt
        slaState
        organization {
          id
          name
        }
      }
    }
  }
}
    `;

/**
 * __useMyTicketsQuery__
 *
 * To run a query within a Vue component, call `useMyTicketsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyTicketsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useMyTicketsQuery({
 *   first: // value for 'first'
 * });
 */
export function useMyTicketsQuery(variables: MyTicketsQueryVariables | VueCompositionApi.Ref<MyTicketsQueryVariables> | ReactiveFunction<MyTicketsQueryVariables>, options: VueApolloComposable.UseQueryOptions<MyTicketsQuery, MyTicketsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<MyTicketsQuery, MyTicketsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<MyTicketsQuery, MyTicketsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<MyTicketsQuery, MyTicketsQueryVariables>(MyTicketsDocument, variables, options);
}
export function useMyTicketsLazyQuery(variables?: MyTicketsQueryVariables | VueCompositionApi.Ref<MyTicketsQueryVariables> | ReactiveFunction<MyTicketsQueryVariables>, options: VueApolloComposable.UseQueryOptions<MyTicketsQuery, MyTicketsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<MyTicketsQuery, MyTicketsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<MyTicketsQuery, MyTicketsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<MyTicketsQuery, MyTicketsQueryVariables>(MyTicketsDocument, variables, options);
}
export type MyTicketsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<MyTicketsQuery, MyTicketsQueryVariables>;