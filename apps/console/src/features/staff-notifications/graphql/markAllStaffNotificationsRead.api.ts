import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type MarkAllStaffNotificationsReadMutationVariables = Types.Exact<{ [key: string]: never; }>;


export type MarkAllStaffNotificationsReadMutation = { __typename?: 'Mutation', markAllStaffNotificationsRead: number };


export const MarkAllStaffNotificationsReadDocument = gql`
    mutation MarkAllStaffNotificationsRead {
  markAllStaffNotificationsRead
}
    `;

/**
 * __useMarkAllStaffNotificationsReadMutation__
 *
 * To run a mutation, you first call `useMarkAllStaffNotificationsReadMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useMarkAllStaffNotificationsReadMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useMarkAllStaffNotificationsReadMutation();
 */
export function useMarkAllStaffNotificationsReadMutation(options: VueApolloComposable.UseMutationOptions<MarkAllStaffNotificationsReadMutation, MarkAllStaffNotificationsReadMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<MarkAllStaffNotificationsReadMutation, MarkAllStaffNotificationsReadMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<MarkAllStaffNotificationsReadMutation, MarkAllStaffNotificationsReadMutationVariables>(MarkAllStaffNotificationsReadDocument, options);
}
export type MarkAllStaffNotificationsReadMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<MarkAllStaffNotificationsReadMutation, MarkAllStaffNotificationsReadMutationVariables>;