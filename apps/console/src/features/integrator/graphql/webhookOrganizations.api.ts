import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type WebhookOrganizationsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type WebhookOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string }> };


export const WebhookOrganizationsDocument = gql`
    query WebhookOrganizations {
  organizations {
    id
    name
  }
}
    `;

/**
 * __useWebhookOrganizationsQuery__
 *
 * To run a query within a Vue component, call `useWebhookOrganizationsQuery` and pass it any options that fit your needs.
 * When your component renders, `useWebhookOrganizationsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useWebhookOrganizationsQuery();
 */
export function useWebhookOrganizationsQuery(options: VueApolloComposable.UseQueryOptions<WebhookOrganizationsQuery, WebhookOrganizationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<WebhookOrganizationsQuery, WebhookOrganizationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<WebhookOrganizationsQuery, WebhookOrganizationsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<WebhookOrganizationsQuery, WebhookOrganizationsQueryVariables>(WebhookOrganizationsDocument, {}, options);
}
export function useWebhookOrganizationsLazyQuery(options: VueApolloComposable.UseQueryOptions<WebhookOrganizationsQuery, WebhookOrganizationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<WebhookOrganizationsQuery, WebhookOrganizationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<WebhookOrganizationsQuery, WebhookOrganizationsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<WebhookOrganizationsQuery, WebhookOrganizationsQueryVariables>(WebhookOrganizationsDocument, {}, options);
}
export type WebhookOrganizationsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<WebhookOrganizationsQuery, WebhookOrganizationsQueryVariables>;