import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { NotificationSettingsFieldsFragmentDoc } from './notificationSettingsFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type UnlinkTelegramMutationVariables = Types.Exact<{ [key: string]: never; }>;


export type UnlinkTelegramMutation = { __typename?: 'Mutation', unlinkTelegram: { __typename?: 'StaffNotificationSettingsView', email: string, telegramLinked: boolean, quietFrom: string | null, quietUntil: string | null, preferences: Array<{ __typename?: 'OffAppPreference', kind: Types.StaffNotificationKind, channels: Array<Types.OffAppChannel> }> } };


export const UnlinkTelegramDocument = gql`
    mutation UnlinkTelegram {
  unlinkTelegram {
    ...NotificationSettingsFields
  }
}
    ${NotificationSettingsFieldsFragmentDoc}`;

/**
 * __useUnlinkTelegramMutation__
 *
 * To run a mutation, you first call `useUnlinkTelegramMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useUnlinkTelegramMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useUnlinkTelegramMutation();
 */
export function useUnlinkTelegramMutation(options: VueApolloComposable.UseMutationOptions<UnlinkTelegramMutation, UnlinkTelegramMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<UnlinkTelegramMutation, UnlinkTelegramMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<UnlinkTelegramMutation, UnlinkTelegramMutationVariables>(UnlinkTelegramDocument, options);
}
export type UnlinkTelegramMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<UnlinkTelegramMutation, UnlinkTelegramMutationVariables>;