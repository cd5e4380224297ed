import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type BoardStaffQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type BoardStaffQuery = { __typename?: 'Query', staff: Array<{ __typename?: 'User', id: string, fullName: string, email: string, role: Types.Role }> };


export const BoardStaffDocument = gql`
    query BoardStaff {
  staff {
    id
    fullName
    email
    role
  }
}
    `;

/**
 * __useBoardStaffQuery__
 *
 * To run a query within a Vue component, call `useBoardStaffQuery` and pass it any options that fit your needs.
 * When your component renders, `useBoardStaffQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useBoardStaffQuery();
 */
export function useBoardStaffQuery(options: VueApolloComposable.UseQueryOptions<BoardStaffQuery, BoardStaffQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<BoardStaffQuery, BoardStaffQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<BoardStaffQuery, BoardStaffQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<BoardStaffQuery, BoardStaffQueryVariables>(BoardStaffDocument, {}, options);
}
export function useBoardStaffLazyQuery(options: VueApolloComposable.UseQueryOptions<BoardStaffQuery, BoardStaffQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<BoardStaffQuery, BoardStaffQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<BoardStaffQuery, BoardStaffQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<BoardStaffQuery, BoardStaffQueryVariables>(BoardStaffDocument, {}, options);
}
export type BoardStaffQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<BoardStaffQuery, BoardStaffQueryVariables>;