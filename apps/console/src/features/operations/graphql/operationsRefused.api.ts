import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type OperationsRefusedQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type OperationsRefusedQuery = { __typename?: 'Query', refusedRequests: Array<{ __typename?: 'RefusedRequest', id: string, at: string, channel: Types.Channel | null, reason: string, payload: Record<string, unknown>, registeredAt: string | null, ticket: { __typename?: 'Ticket', id: string, number: string } | null }> };


export const OperationsRefusedDocument = gql`
    query OperationsRefused {
  refusedRequests(first: 100) {
    id
    at
    channel
    reason
    payload
    registeredAt
    ticket {
      id
      number
    }
  }
}
    `;

/**
 * __useOperationsRefusedQuery__
 *
 * To run a query within a Vue component, call `useOperationsRefusedQuery` and pass it any options that fit your needs.
 * When your component renders, `useOperationsRefusedQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useOperationsRefusedQuery();
 */
export function useOperationsRefusedQuery(options: VueApolloComposable.UseQueryOptions<OperationsRefusedQuery, OperationsRefusedQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<OperationsRefusedQuery, OperationsRefusedQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<OperationsRefusedQuery, OperationsRefusedQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<OperationsRefusedQuery, OperationsRefusedQueryVariables>(OperationsRefusedDocument, {}, options);
}
export function useOperationsRefusedLazyQuery(options: VueApolloComposable.UseQueryOptions<OperationsRefusedQuery, OperationsRefusedQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<OperationsRefusedQuery, OperationsRefusedQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<OperationsRefusedQuery, OperationsRefusedQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<OperationsRefusedQuery, OperationsRefusedQueryVariables>(OperationsRefusedDocument, {}, options);
}
export type OperationsRefusedQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<OperationsRefusedQuery, OperationsRefusedQueryVariables>;