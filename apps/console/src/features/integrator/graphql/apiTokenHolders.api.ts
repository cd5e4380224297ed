import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ApiTokenHoldersQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type ApiTokenHoldersQuery = { __typename?: 'Query', apiTokenHolders: Array<{ __typename?: 'User', id: string, email: string, fullName: string, organization: { __typename?: 'Organization', id: string, name: string } | null }> };


export const ApiTokenHoldersDocument = gql`
    query ApiTokenHolders {
  apiTokenHolders {
    id
    email
    fullName
    organization {
      id
      name
    }
  }
}
    `;

/**
 * __useApiTokenHoldersQuery__
 *
 * To run a query within a Vue component, call `useApiTokenHoldersQuery` and pass it any options that fit your needs.
 * When your component renders, `useApiTokenHoldersQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useApiTokenHoldersQuery();
 */
export function useApiTokenHoldersQuery(options: VueApolloComposable.UseQueryOptions<ApiTokenHoldersQuery, ApiTokenHoldersQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ApiTokenHoldersQuery, ApiTokenHoldersQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ApiTokenHoldersQuery, ApiTokenHoldersQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ApiTokenHoldersQuery, ApiTokenHoldersQueryVariables>(ApiTokenHoldersDocument, {}, options);
}
export function useApiTokenHoldersLazyQuery(options: VueApolloComposable.UseQueryOptions<ApiTokenHoldersQuery, ApiTokenHoldersQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ApiTokenHoldersQuery, ApiTokenHoldersQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ApiTokenHoldersQuery, ApiTokenHoldersQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ApiTokenHoldersQuery, ApiTokenHoldersQueryVariables>(ApiTokenHoldersDocument, {}, options);
}
export type ApiTokenHoldersQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ApiTokenHoldersQuery, ApiTokenHoldersQueryVariables>;