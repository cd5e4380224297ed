import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type DeleteWebhookEndpointMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type DeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint: string };


export const DeleteWebhookEndpointDocument = gql`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id)
}
    `;

/**
 * __useDeleteWebhookEndpointMutation__
 *
 * To run a mutation, you first call `useDeleteWebhookEndpointMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useDeleteWebhookEndpointMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useDeleteWebhookEndpointMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function useDeleteWebhookEndpointMutation(options: VueApolloComposable.UseMutationOptions<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>(DeleteWebhookEndpointDocument, options);
}
export type DeleteWebhookEndpointMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;