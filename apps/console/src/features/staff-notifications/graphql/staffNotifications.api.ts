import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { StaffNotificationItemFragmentDoc } from './staffNotificationItem.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type StaffNotificationsQueryVariables = Types.Exact<{
  first: Types.Scalars['Int']['input'];
}>;


export type StaffNotificationsQuery = { __typename?: 'Query', staffNotifications: { __typename?: 'StaffNotificationConnection', unreadCount: number, nodes: Array<{ __typename?: 'StaffNotification', id: string, kind: Types.StaffNotificationKind, text: string, data: Record<string, unknown> | null, createdAt: string, readAt: string | null, offAppStatus: Types.OffAppStatus, offAppDueAt: string | null, ticket: { __typename?: 'Ticket', id: string, number: string } | null }> } };


export const StaffNotificationsDocument = gql`
    query StaffNotifications($first: Int!) {
  staffNotifications(first: $first) {
    unreadCount
    nodes {
      ...StaffNotificationItem
    }
  }
}
    ${StaffNotificationItemFragmentDoc}`;

/**
 * __useStaffNotificationsQuery__
 *
 * To run a query within a Vue component, call `useStaffNotificationsQuery` and pass it any options that fit your needs.
 * When your component renders, `useStaffNotificationsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useStaffNotificationsQuery({
 *   first: // value for 'first'
 * });
 */
export function useStaffNotificationsQuery(variables: StaffNotificationsQueryVariables | VueCompositionApi.Ref<StaffNotificationsQueryVariables> | ReactiveFunction<StaffNotificationsQueryVariables>, options: VueApolloComposable.UseQueryOptions<StaffNotificationsQuery, StaffNotificationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<StaffNotificationsQuery, StaffNotificationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<StaffNotificationsQuery, StaffNotificationsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<StaffNotificationsQuery, StaffNotificationsQueryVariables>(StaffNotificationsDocument, variables, options);
}
export function useStaffNotificationsLazyQuery(variables?: StaffNotificationsQueryVariables | VueCompositionApi.Ref<StaffNotificationsQueryVariables> | ReactiveFunction<StaffNotificationsQueryVariables>, options: VueApolloComposable.UseQueryOptions<StaffNotificationsQuery, StaffNotificationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<StaffNotificationsQuery, StaffNotificationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<StaffNotificationsQuery, StaffNotificationsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<StaffNotificationsQuery, StaffNotificationsQueryVariables>(StaffNotificationsDocument, variables, options);
}
export type StaffNotificationsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<StaffNotificationsQuery, StaffNotificationsQueryVariables>;