import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SendWebhookTestEventMutationVariables = Types.Exact<{
  endpointId: Types.Scalars['ID']['input'];
}>;


export type SendWebhookTestEventMutation = { __typename?: 'Mutation', sendWebhookTestEvent: string };


export const SendWebhookTestEventDocument = gql`
    mutation SendWebhookTestEvent($endpointId: ID!) {
  sendWebhookTestEvent(endpointId: $endpointId)
}
    `;

/**
 * __useSendWebhookTestEventMutation__
 *
 * To run a mutation, you first call `useSendWebhookTestEventMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useSendWebhookTestEventMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useSendWebhookTestEventMutation({
 *   variables: {
 *     endpointId: // value for 'endpointId'
 *   },
 * });
 */
export function useSendWebhookTestEventMutation(options: VueApolloComposable.UseMutationOptions<SendWebhookTestEventMutation, SendWebhookTestEventMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<SendWebhookTestEventMutation, SendWebhookTestEventMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<SendWebhookTestEventMutation, SendWebhookTestEventMutationVariables>(SendWebhookTestEventDocument, options);
}
export type SendWebhookTestEventMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<SendWebhookTestEventMutation, SendWebhookTestEventMutationVariables>;