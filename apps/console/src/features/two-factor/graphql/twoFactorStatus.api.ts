import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type TwoFactorStatusQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type TwoFactorStatusQuery = { __typename?: 'Query', twoFactorStatus: { __typename?: 'TwoFactorStatus', enabled: boolean, enabledAt: string | null, recoveryCodesLeft: number, required: boolean } };


export const TwoFactorStatusDocument = gql`
    query TwoFactorStatus {
  twoFactorStatus {
    enabled
    enabledAt
    recoveryCodesLeft
    required
  }
}
    `;

/**
 * __useTwoFactorStatusQuery__
 *
 * To run a query within a Vue component, call `useTwoFactorStatusQuery` and pass it any options that fit your needs.
 * When your component renders, `useTwoFactorStatusQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useTwoFactorStatusQuery();
 */
export function useTwoFactorStatusQuery(options: VueApolloComposable.UseQueryOptions<TwoFactorStatusQuery, TwoFactorStatusQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>(TwoFactorStatusDocument, {}, options);
}
export function useTwoFactorStatusLazyQuery(options: VueApolloComposable.UseQueryOptions<TwoFactorStatusQuery, TwoFactorStatusQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>(TwoFactorStatusDocument, {}, options);
}
export type TwoFactorStatusQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>;