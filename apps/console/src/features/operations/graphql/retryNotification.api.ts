import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RetryNotificationMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type RetryNotificationMutation = { __typename?: 'Mutation', retryNotification: { __typename?: 'OutboxMessage', id: string, status: Types.OutboxStatus, attempts: number } };


export const RetryNotificationDocument = gql`
    mutation RetryNotification($id: ID!) {
  retryNotification(id: $id) {
    id
    status
    attempts
  }
}
    `;

/**
 * __useRetryNotificationMutation__
 *
 * To run a mutation, you first call `useRetryNotificationMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRetryNotificationMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRetryNotificationMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function useRetryNotificationMutation(options: VueApolloComposable.UseMutationOptions<RetryNotificationMutation, RetryNotificationMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RetryNotificationMutation, RetryNotificationMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RetryNotificationMutation, RetryNotificationMutationVariables>(RetryNotificationDocument, options);
}
export type RetryNotificationMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RetryNotificationMutation, RetryNotificationMutationVariables>;