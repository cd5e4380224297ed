import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ResendWebhookDeliveryMutationVariables = Types.Exact<{
  deliveryId: Types.Scalars['ID']['input'];
}>;


export type ResendWebhookDeliveryMutation = { __typename?: 'Mutation', resendWebhookDelivery: { __typename?: 'WebhookDelivery', id: string } };


export const ResendWebhookDeliveryDocument = gql`
    mutation ResendWebhookDelivery($deliveryId: ID!) {
  resendWebhookDelivery(deliveryId: $deliveryId) {
    id
  }
}
    `;

/**
 * __useResendWebhookDeliveryMutation__
 *
 * To run a mutation, you first call `useResendWebhookDeliveryMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useResendWebhookDeliveryMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useResendWebhookDeliveryMutation({
 *   variables: {
 *     deliveryId: // value for 'deliveryId'
 *   },
 * });
 */
export function useResendWebhookDeliveryMutation(options: VueApolloComposable.UseMutationOptions<ResendWebhookDeliveryMutation, ResendWebhookDeliveryMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ResendWebhookDeliveryMutation, ResendWebhookDeliveryMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ResendWebhookDeliveryMutation, ResendWebhookDeliveryMutationVariables>(ResendWebhookDeliveryDocument, options);
}
export type ResendWebhookDeliveryMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ResendWebhookDeliveryMutation, ResendWebhookDeliveryMutationVariables>;