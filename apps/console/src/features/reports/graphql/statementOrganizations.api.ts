import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type StatementOrganizationsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StatementOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string }> };


export const StatementOrganizationsDocument = gql`
    query StatementOrganizations {
  organizations(kind: CUSTOMER) {
    id
    name
  }
}
    `;

/**
 * __useStatementOrganizationsQuery__
 *
 * To run a query within a Vue component, call `useStatementOrganizationsQuery` and pass it any options that fit your needs.
 * When your component renders, `useStatementOrganizationsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useStatementOrganizationsQuery();
 */
export function useStatementOrganizationsQuery(options: VueApolloComposable.UseQueryOptions<StatementOrganizationsQuery, StatementOrganizationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<StatementOrganizationsQuery, StatementOrganizationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<StatementOrganizationsQuery, StatementOrganizationsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<StatementOrganizationsQuery, StatementOrganizationsQueryVariables>(StatementOrganizationsDocument, {}, options);
}
export function useStatementOrganizationsLazyQuery(options: VueApolloComposable.UseQueryOptions<StatementOrganizationsQuery, StatementOrganizationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<StatementOrganizationsQuery, StatementOrganizationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<StatementOrganizationsQuery, StatementOrganizationsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<StatementOrganizationsQuery, StatementOrganizationsQueryVariables>(StatementOrganizationsDocument, {}, options);
}
export type StatementOrganizationsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<StatementOrganizationsQuery, StatementOrganizationsQueryVariables>;