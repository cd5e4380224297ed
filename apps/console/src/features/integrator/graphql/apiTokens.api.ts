import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ApiTokenRowFragmentDoc } from './apiTokenRow.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ApiTokensQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, rateLimitPerMinute: number, user: { __typename?: 'User', id: string, email: string, fullName: string, organization: { __typename?: 'Organization', id: string, name: string } | null } }> };


export const ApiTokensDocument = gql`
    query ApiTokens {
  apiTokens {
    ...ApiTokenRow
  }
}
    ${ApiTokenRowFragmentDoc}`;

/**
 * __useApiTokensQuery__
 *
 * To run a query within a Vue component, call `useApiTokensQuery` and pass it any options that fit your needs.
 * When your component renders, `useApiTokensQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useApiTokensQuery();
 */
export function useApiTokensQuery(options: VueApolloComposable.UseQueryOptions<ApiTokensQuery, ApiTokensQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ApiTokensQuery, ApiTokensQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ApiTokensQuery, ApiTokensQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ApiTokensQuery, ApiTokensQueryVariables>(ApiTokensDocument, {}, options);
}
export function useApiTokensLazyQuery(options: VueApolloComposable.UseQueryOptions<ApiTokensQuery, ApiTokensQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ApiTokensQuery, ApiTokensQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ApiTokensQuery, ApiTokensQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ApiTokensQuery, ApiTokensQueryVariables>(ApiTokensDocument, {}, options);
}
export type ApiTokensQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ApiTokensQuery, ApiTokensQueryVariables>;