import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ResponseDeadlinePreviewQueryVariables = Types.Exact<{
  criticality: Types.Criticality;
  receivedAt: Types.Scalars['DateTime']['input'];
}>;


export type ResponseDeadlinePreviewQuery = { __typename?: 'Query', basic: string, extended: string };


export const ResponseDeadlinePreviewDocument = gql`
    query ResponseDeadlinePreview($criticality: Criticality!, $receivedAt: DateTime!) {
  basic: responseDeadline(
    supportLevel: BASIC
    criticality: $criticality
    receivedAt: $receivedAt
  )
  extended: responseDeadline(
    supportLevel: EXTENDED
    criticality: $criticality
    receivedAt: $receivedAt
  )
}
    `;

/**
 * __useResponseDeadlinePreviewQuery__
 *
 * To run a query within a Vue component, call `useResponseDeadlinePreviewQuery` and pass it any options that fit your needs.
 * When your component renders, `useResponseDeadlinePreviewQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useResponseDeadlinePreviewQuery({
 *   criticality: // value for 'criticality'
 *   receivedAt: // value for 'receivedAt'
 * });
 */
export function useResponseDeadlinePreviewQuery(variables: ResponseDeadlinePreviewQueryVariables | VueCompositionApi.Ref<ResponseDeadlinePreviewQueryVariables> | ReactiveFunction<ResponseDeadlinePreviewQueryVariables>, options: VueApolloComposable.UseQueryOptions<ResponseDeadlinePreviewQuery, ResponseDeadlinePreviewQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ResponseDeadlinePreviewQuery, ResponseDeadlinePreviewQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ResponseDeadlinePreviewQuery, ResponseDeadlinePreviewQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ResponseDeadlinePreviewQuery, ResponseDeadlinePreviewQueryVariables>(ResponseDeadlinePreviewDocument, variables, options);
}
export function useResponseDeadlinePreviewLazyQuery(variables?: ResponseDeadlinePreviewQueryVariables | VueCompositionApi.Ref<ResponseDeadlinePreviewQueryVariables> | ReactiveFunction<ResponseDeadlinePreviewQueryVariables>, options: VueApolloComposable.UseQueryOptions<ResponseDeadlinePreviewQuery, ResponseDeadlinePreviewQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ResponseDeadlinePreviewQuery, ResponseDeadlinePreviewQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ResponseDeadlinePreviewQuery, ResponseDeadlinePreviewQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ResponseDeadlinePreviewQuery, ResponseDeadlinePreviewQueryVariables>(ResponseDeadlinePreviewDocument, variables, options);
}
export type ResponseDeadlinePreviewQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ResponseDeadlinePreviewQuery, ResponseDeadlinePreviewQueryVariables>;