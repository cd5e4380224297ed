import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { NotificationSettingsFieldsFragmentDoc } from './notificationSettingsFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type StaffNotificationSettingsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffNotificationSettingsQuery = { __typename?: 'Query', staffNotificationSettings: { __typename?: 'StaffNotificationSettingsView', email: string, telegramLinked: boolean, quietFrom: string | null, quietUntil: string | null, preferences: Array<{ __typename?: 'OffAppPreference', kind: Types.StaffNotificationKind, channels: Array<Types.OffAppChannel> }> } };


export const StaffNotificationSettingsDocument = gql`
    query StaffNotificationSettings {
  staffNotificationSettings {
    ...NotificationSettingsFields
  }
}
    ${NotificationSettingsFieldsFragmentDoc}`;

/**
 * __useStaffNotificationSettingsQuery__
 *
 * To run a query within a Vue component, call `useStaffNotificationSettingsQuery` and pass it any options that fit your needs.
 * When your component renders, `useStaffNotificationSettingsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useStaffNotificationSettingsQuery();
 */
export function useStaffNotificationSettingsQuery(options: VueApolloComposable.UseQueryOptions<StaffNotificationSettingsQuery, StaffNotificationSettingsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<StaffNotificationSettingsQuery, StaffNotificationSettingsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<StaffNotificationSettingsQuery, StaffNotificationSettingsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<StaffNotificationSettingsQuery, StaffNotificationSettingsQueryVariables>(StaffNotificationSettingsDocument, {}, options);
}
export function useStaffNotificationSettingsLazyQuery(options: VueApolloComposable.UseQueryOptions<StaffNotificationSettingsQuery, StaffNotificationSettingsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<StaffNotificationSettingsQuery, StaffNotificationSettingsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<StaffNotificationSettingsQuery, StaffNotificationSettingsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<StaffNotificationSettingsQuery, StaffNotificationSettingsQueryVariables>(StaffNotificationSettingsDocument, {}, options);
}
export type StaffNotificationSettingsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<StaffNotificationSettingsQuery, StaffNotificationSettingsQueryVariables>;