import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { WebhookEndpointRowFragmentDoc } from './webhookEndpointRow.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type WebhookEndpointsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, events: Array<Types.WebhookEventKind>, enabled: boolean, consecutiveFailures: number, disabledAt: string | null, disabledReason: string | null, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string } }> };


export const WebhookEndpointsDocument = gql`
    query WebhookEndpoints {
  webhookEndpoints {
    ...WebhookEndpointRow
  }
}
    ${WebhookEndpointRowFragmentDoc}`;

/**
 * __useWebhookEndpointsQuery__
 *
 * To run a query within a Vue component, call `useWebhookEndpointsQuery` and pass it any options that fit your needs.
 * When your component renders, `useWebhookEndpointsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useWebhookEndpointsQuery();
 */
export function useWebhookEndpointsQuery(options: VueApolloComposable.UseQueryOptions<WebhookEndpointsQuery, WebhookEndpointsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>(WebhookEndpointsDocument, {}, options);
}
export function useWebhookEndpointsLazyQuery(options: VueApolloComposable.UseQueryOptions<WebhookEndpointsQuery, WebhookEndpointsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>(WebhookEndpointsDocument, {}, options);
}
export type WebhookEndpointsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;