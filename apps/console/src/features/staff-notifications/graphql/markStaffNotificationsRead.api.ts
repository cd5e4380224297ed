import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type MarkStaffNotificationsReadMutationVariables = Types.Exact<{
  ids: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;


export type MarkStaffNotificationsReadMutation = { __typename?: 'Mutation', markStaffNotificationsRead: number };


export const MarkStaffNotificationsReadDocument = gql`
    mutation MarkStaffNotificationsRead($ids: [ID!]!) {
  markStaffNotificationsRead(ids: $ids)
}
    `;

/**
 * __useMarkStaffNotificationsReadMutation__
 *
 * To run a mutation, you first call `useMarkStaffNotificationsReadMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useMarkStaffNotificationsReadMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useMarkStaffNotificationsReadMutation({
 *   variables: {
 *     ids: // value for 'ids'
 *   },
 * });
 */
export function useMarkStaffNotificationsReadMutation(options: VueApolloComposable.UseMutationOptions<MarkStaffNotificationsReadMutation, MarkStaffNotificationsReadMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<MarkStaffNotificationsReadMutation, MarkStaffNotificationsReadMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<MarkStaffNotificationsReadMutation, MarkStaffNotificationsReadMutationVariables>(MarkStaffNotificationsReadDocument, options);
}
export type MarkStaffNotificationsReadMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<MarkStaffNotificationsReadMutation, MarkStaffNotificationsReadMutationVariables>;