import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ViewPickersQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type ViewPickersQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string }>, staff: Array<{ __typename?: 'User', id: string, fullName: string }> };


export const ViewPickersDocument = gql`
    query ViewPickers {
  organizations {
    id
    name
  }
  staff {
    id
    fullName
  }
}
    `;

/**
 * __useViewPickersQuery__
 *
 * To run a query within a Vue component, call `useViewPickersQuery` and pass it any options that fit your needs.
 * When your component renders, `useViewPickersQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useViewPickersQuery();
 */
export function useViewPickersQuery(options: VueApolloComposable.UseQueryOptions<ViewPickersQuery, ViewPickersQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ViewPickersQuery, ViewPickersQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ViewPickersQuery, ViewPickersQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ViewPickersQuery, ViewPickersQueryVariables>(ViewPickersDocument, {}, options);
}
export function useViewPickersLazyQuery(options: VueApolloComposable.UseQueryOptions<ViewPickersQuery, ViewPickersQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ViewPickersQuery, ViewPickersQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ViewPickersQuery, ViewPickersQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ViewPickersQuery, ViewPickersQueryVariables>(ViewPickersDocument, {}, options);
}
export type ViewPickersQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ViewPickersQuery, ViewPickersQueryVariables>;