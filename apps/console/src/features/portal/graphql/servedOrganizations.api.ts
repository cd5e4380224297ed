import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ServedOrganizationsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type ServedOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, kind: Types.OrganizationKind }> };


export const ServedOrganizationsDocument = gql`
    query ServedOrganizations {
  organizations {
    id
    name
    kind
  }
}
    `;

/**
 * __useServedOrganizationsQuery__
 *
 * To run a query within a Vue component, call `useServedOrganizationsQuery` and pass it any options that fit your needs.
 * When your component renders, `useServedOrganizationsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useServedOrganizationsQuery();
 */
export function useServedOrganizationsQuery(options: VueApolloComposable.UseQueryOptions<ServedOrganizationsQuery, ServedOrganizationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ServedOrganizationsQuery, ServedOrganizationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ServedOrganizationsQuery, ServedOrganizationsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ServedOrganizationsQuery, ServedOrganizationsQueryVariables>(ServedOrganizationsDocument, {}, options);
}
export function useServedOrganizationsLazyQuery(options: VueApolloComposable.UseQueryOptions<ServedOrganizationsQuery, ServedOrganizationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ServedOrganizationsQuery, ServedOrganizationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ServedOrganizationsQuery, ServedOrganizationsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ServedOrganizationsQuery, ServedOrganizationsQueryVariables>(ServedOrganizationsDocument, {}, options);
}
export type ServedOrganizationsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ServedOrganizationsQuery, ServedOrganizationsQueryVariables>;