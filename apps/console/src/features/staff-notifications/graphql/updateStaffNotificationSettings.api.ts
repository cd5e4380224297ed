import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { NotificationSettingsFieldsFragmentDoc } from './notificationSettingsFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type UpdateStaffNotificationSettingsMutationVariables = Types.Exact<{
  input: Types.StaffNotificationSettingsInput;
}>;


export type UpdateStaffNotificationSettingsMutation = { __typename?: 'Mutation', updateStaffNotificationSettings: { __typename?: 'StaffNotificationSettingsView', email: string, telegramLinked: boolean, quietFrom: string | null, quietUntil: string | null, preferences: Array<{ __typename?: 'OffAppPreference', kind: Types.StaffNotificationKind, channels: Array<Types.OffAppChannel> }> } };


export const UpdateStaffNotificationSettingsDocument = gql`
    mutation UpdateStaffNotificationSettings($input: StaffNotificationSettingsInput!) {
  updateStaffNotificationSettings(input: $input) {
    ...NotificationSettingsFields
  }
}
    ${NotificationSettingsFieldsFragmentDoc}`;

/**
 * __useUpdateStaffNotificationSettingsMutation__
 *
 * To run a mutation, you first call `useUpdateStaffNotificationSettingsMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useUpdateStaffNotificationSettingsMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useUpdateStaffNotificationSettingsMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useUpdateStaffNotificationSettingsMutation(options: VueApolloComposable.UseMutationOptions<UpdateStaffNotificationSettingsMutation, UpdateStaffNotificationSettingsMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<UpdateStaffNotificationSettingsMutation, UpdateStaffNotificationSettingsMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<UpdateStaffNotificationSettingsMutation, UpdateStaffNotificationSettingsMutationVariables>(UpdateStaffNotificationSettingsDocument, options);
}
export type UpdateStaffNotificationSettingsMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<UpdateStaffNotificationSettingsMutation, UpdateStaffNotificationSettingsMutationVariables>;