import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type PasswordLinkQueryVariables = Types.Exact<{
  token: Types.Scalars['String']['input'];
}>;


export type PasswordLinkQuery = { __typename?: 'Query', passwordLink: { __typename?: 'PasswordLink', purpose: Types.PasswordLinkPurpose, email: string, fullName: string, expiresAt: string } | null };


export const PasswordLinkDocument = gql`
    query PasswordLink($token: String!) {
  passwordLink(token: $token) {
    purpose
    email
    fullName
    expiresAt
  }
}
    `;

/**
 * __usePasswordLinkQuery__
 *
 * To run a query within a Vue component, call `usePasswordLinkQuery` and pass it any options that fit your needs.
 * When your component renders, `usePasswordLinkQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = usePasswordLinkQuery({
 *   token: // value for 'token'
 * });
 */
export function usePasswordLinkQuery(variables: PasswordLinkQueryVariables | VueCompositionApi.Ref<PasswordLinkQueryVariables> | ReactiveFunction<PasswordLinkQueryVariables>, options: VueApolloComposable.UseQueryOptions<PasswordLinkQuery, PasswordLinkQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<PasswordLinkQuery, PasswordLinkQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<PasswordLinkQuery, PasswordLinkQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<PasswordLinkQuery, PasswordLinkQueryVariables>(PasswordLinkDocument, variables, options);
}
export function usePasswordLinkLazyQuery(variables?: PasswordLinkQueryVariables | VueCompositionApi.Ref<PasswordLinkQueryVariables> | ReactiveFunction<PasswordLinkQueryVariables>, options: VueApolloComposable.UseQueryOptions<PasswordLinkQuery, PasswordLinkQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<PasswordLinkQuery, PasswordLinkQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<PasswordLinkQuery, PasswordLinkQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<PasswordLinkQuery, PasswordLinkQueryVariables>(PasswordLinkDocument, variables, options);
}
export type PasswordLinkQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<PasswordLinkQuery, PasswordLinkQueryVariables>;