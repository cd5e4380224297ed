import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { WebhookEndpointRowFragmentDoc } from './webhookEndpointRow.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SetWebhookEndpointEnabledMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  enabled: Types.Scalars['Boolean']['input'];
}>;


export type SetWebhookEndpointEnabledMutation = { __typename?: 'Mutation', setWebhookEndpointEnabled: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, events: Array<Types.WebhookEventKind>, enabled: boolean, consecutiveFailures: number, disabledAt: string | null, disabledReason: string | null, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string } } };


export const SetWebhookEndpointEnabledDocument = gql`
    mutation SetWebhookEndpointEnabled($id: ID!, $enabled: Boolean!) {
  setWebhookEndpointEnabled(id: $id, enabled: $enabled) {
    ...WebhookEndpointRow
  }
}
    ${WebhookEndpointRowFragmentDoc}`;

/**
 * __useSetWebhookEndpointEnabledMutation__
 *
 * To run a mutation, you first call `useSetWebhookEndpointEnabledMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useSetWebhookEndpointEnabledMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useSetWebhookEndpointEnabledMutation({
 *   variables: {
 *     id: // value for 'id'
 *     enabled: // value for 'enabled'
 *   },
 * });
 */
export function useSetWebhookEndpointEnabledMutation(options: VueApolloComposable.UseMutationOptions<SetWebhookEndpointEnabledMutation, SetWebhookEndpointEnabledMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<SetWebhookEndpointEnabledMutation, SetWebhookEndpointEnabledMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<SetWebhookEndpointEnabledMutation, SetWebhookEndpointEnabledMutationVariables>(SetWebhookEndpointEnabledDocument, options);
}
export type SetWebhookEndpointEnabledMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<SetWebhookEndpointEnabledMutation, SetWebhookEndpointEnabledMutationVariables>;