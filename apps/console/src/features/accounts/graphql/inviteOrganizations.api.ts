import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type InviteOrganizationsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type InviteOrganizationsQuery = { __typename?: 'Query', customers: Array<{ __typename?: 'Organization', id: string, name: string }>, partners: Array<{ __typename?: 'Organization', id: string, name: string }> };


export const InviteOrganizationsDocument = gql`
    query InviteOrganizations {
  customers: organizations(kind: CUSTOMER) {
    id
    name
  }
  partners: organizations(kind: PARTNER) {
    id
    name
  }
}
    `;

/**
 * __useInviteOrganizationsQuery__
 *
 * To run a query within a Vue component, call `useInviteOrganizationsQuery` and pass it any options that fit your needs.
 * When your component renders, `useInviteOrganizationsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useInviteOrganizationsQuery();
 */
export function useInviteOrganizationsQuery(options: VueApolloComposable.UseQueryOptions<InviteOrganizationsQuery, InviteOrganizationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<InviteOrganizationsQuery, InviteOrganizationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<InviteOrganizationsQuery, InviteOrganizationsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<InviteOrganizationsQuery, InviteOrganizationsQueryVariables>(InviteOrganizationsDocument, {}, options);
}
export function useInviteOrganizationsLazyQuery(options: VueApolloComposable.UseQueryOptions<InviteOrganizationsQuery, InviteOrganizationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<InviteOrganizationsQuery, InviteOrganizationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<InviteOrganizationsQuery, InviteOrganizationsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<InviteOrganizationsQuery, InviteOrganizationsQueryVariables>(InviteOrganizationsDocument, {}, options);
}
export type InviteOrganizationsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<InviteOrganizationsQuery, InviteOrganizationsQueryVariables>;