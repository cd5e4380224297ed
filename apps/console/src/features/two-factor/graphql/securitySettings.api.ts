import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SecuritySettingsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type SecuritySettingsQuery = { __typename?: 'Query', securitySettings: { __typename?: 'SecuritySettings', staffTwoFactorRequired: boolean, updatedAt: string | null } };


export const SecuritySettingsDocument = gql`
    query SecuritySettings {
  securitySettings {
    staffTwoFactorRequired
    updatedAt
  }
}
    `;

/**
 * __useSecuritySettingsQuery__
 *
 * To run a query within a Vue component, call `useSecuritySettingsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSecuritySettingsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useSecuritySettingsQuery();
 */
export function useSecuritySettingsQuery(options: VueApolloComposable.UseQueryOptions<SecuritySettingsQuery, SecuritySettingsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SecuritySettingsQuery, SecuritySettingsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SecuritySettingsQuery, SecuritySettingsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<SecuritySettingsQuery, SecuritySettingsQueryVariables>(SecuritySettingsDocument, {}, options);
}
export function useSecuritySettingsLazyQuery(options: VueApolloComposable.UseQueryOptions<SecuritySettingsQuery, SecuritySettingsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SecuritySettingsQuery, SecuritySettingsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SecuritySettingsQuery, SecuritySettingsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<SecuritySettingsQuery, SecuritySettingsQueryVariables>(SecuritySettingsDocument, {}, options);
}
export type SecuritySettingsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<SecuritySettingsQuery, SecuritySettingsQueryVariables>;