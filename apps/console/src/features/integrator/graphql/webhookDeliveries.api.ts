import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type WebhookDeliveriesQueryVariables = Types.Exact<{
  endpointId: Types.Scalars['ID']['input'];
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: Array<{ __typename?: 'WebhookDelivery', id: string, webhookId: string, eventType: string, attempt: number, statusCode: number | null, latencyMs: number, success: boolean, error: string | null, at: string }> };


export const WebhookDeliveriesDocument = gql`
    query WebhookDeliveries($endpointId: ID!) {
  webhookDeliveries(endpointId: $endpointId, first: 50) {
    id
    webhookId
    eventType
    attempt
    statusCode
    latencyMs
    success
    error
    at
  }
}
    `;

/**
 * __useWebhookDeliveriesQuery__
 *
 * To run a query within a Vue component, call `useWebhookDeliveriesQuery` and pass it any options that fit your needs.
 * When your component renders, `useWebhookDeliveriesQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useWebhookDeliveriesQuery({
 *   endpointId: // value for 'endpointId'
 * });
 */
export function useWebhookDeliveriesQuery(variables: WebhookDeliveriesQueryVariables | VueCompositionApi.Ref<WebhookDeliveriesQueryVariables> | ReactiveFunction<WebhookDeliveriesQueryVariables>, options: VueApolloComposable.UseQueryOptions<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>(WebhookDeliveriesDocument, variables, options);
}
export function useWebhookDeliveriesLazyQuery(variables?: WebhookDeliveriesQueryVariables | VueCompositionApi.Ref<WebhookDeliveriesQueryVariables> | ReactiveFunction<WebhookDeliveriesQueryVariables>, options: VueApolloComposable.UseQueryOptions<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>(WebhookDeliveriesDocument, variables, options);
}
export type WebhookDeliveriesQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;