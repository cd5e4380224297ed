import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type StaffQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffQuery = { __typename?: 'Query', staff: Array<{ __typename?: 'User', id: string, fullName: string, role: Types.Role }> };


export const StaffDocument = gql`
    query Staff {
  staff {
    id
    fullName
    role
  }
}
    `;

/**
 * __useStaffQuery__
 *
 * To run a query within a Vue component, call `useStaffQuery` and pass it any options that fit your needs.
 * When your component renders, `useStaffQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useStaffQuery();
 */
export function useStaffQuery(options: VueApolloComposable.UseQueryOptions<StaffQuery, StaffQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<StaffQuery, StaffQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<StaffQuery, StaffQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<StaffQuery, StaffQueryVariables>(StaffDocument, {}, options);
}
export function useStaffLazyQuery(options: VueApolloComposable.UseQueryOptions<StaffQuery, StaffQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<StaffQuery, StaffQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<StaffQuery, StaffQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<StaffQuery, StaffQueryVariables>(StaffDocument, {}, options);
}
export type StaffQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<StaffQuery, StaffQueryVariables>;