import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { WebhookEndpointRowFragmentDoc } from './webhookEndpointRow.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CreateWebhookEndpointMutationVariables = Types.Exact<{
  input: Types.CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'WebhookEndpointCreated', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, events: Array<Types.WebhookEventKind>, enabled: boolean, consecutiveFailures: number, disabledAt: string | null, disabledReason: string | null, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string } } } };


export const CreateWebhookEndpointDocument = gql`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      ...WebhookEndpointRow
    }
  }
}
    ${WebhookEndpointRowFragmentDoc}`;

/**
 * __useCreateWebhookEndpointMutation__
 *
 * To run a mutation, you first call `useCreateWebhookEndpointMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCreateWebhookEndpointMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCreateWebhookEndpointMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useCreateWebhookEndpointMutation(options: VueApolloComposable.UseMutationOptions<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>(CreateWebhookEndpointDocument, options);
}
export type CreateWebhookEndpointMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;