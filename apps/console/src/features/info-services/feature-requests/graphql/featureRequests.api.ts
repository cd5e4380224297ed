import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FeatureRequestFieldsFragmentDoc } from './featureRequestFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type FeatureRequestsQueryVariables = Types.Exact<{
  status?: Types.InputMaybe<Types.FeatureRequestStatus>;
  productId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  first: Types.Scalars['Int']['input'];
}>;


export type FeatureRequestsQuery = { __typename?: 'Query', featureRequests: Array<{ __typename?: 'FeatureRequest', id: string, number: string, title: string, description: string, status: Types.FeatureRequestStatus, statusNote: string | null, statusChangedAt: string, createdAt: string, updatedAt: string, requestingOrganizationsCount: number, product: { __typename?: 'Product', id: string, name: string } | null, tickets: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, organization: { __typename?: 'Organization', id: string, name: string } }> }> };


export const FeatureRequestsDocument = gql`
    query FeatureRequests($status: FeatureRequestStatus, $productId: ID, $first: Int!) {
  featureRequests(status: $status, productId: $productId, first: $first) {
    ...FeatureRequestFields
  }
}
    ${FeatureRequestFieldsFragmentDoc}`;

/**
 * __useFeatureRequestsQuery__
 *
 * To run a query within a Vue component, call `useFeatureRequestsQuery` and pass it any options that fit your needs.
 * When your component renders, `useFeatureRequestsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useFeatureRequestsQuery({
 *   status: // value for 'status'
 *   productId: // value for 'productId'
 *   first: // value for 'first'
 * });
 */
export function useFeatureRequestsQuery(variables: FeatureRequestsQueryVariables | VueCompositionApi.Ref<FeatureRequestsQueryVariables> | ReactiveFunction<FeatureRequestsQueryVariables>, options: VueApolloComposable.UseQueryOptions<FeatureRequestsQuery, FeatureRequestsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<FeatureRequestsQuery, FeatureRequestsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<FeatureRequestsQuery, FeatureRequestsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<FeatureRequestsQuery, FeatureRequestsQueryVariables>(FeatureRequestsDocument, variables, options);
}
export function useFeatureRequestsLazyQuery(variables?: FeatureRequestsQueryVariables | VueCompositionApi.Ref<FeatureRequestsQueryVariables> | ReactiveFunction<FeatureRequestsQueryVariables>, options: VueApolloComposable.UseQueryOptions<FeatureRequestsQuery, FeatureRequestsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<FeatureRequestsQuery, FeatureRequestsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<FeatureRequestsQuery, FeatureRequestsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<FeatureRequestsQuery, FeatureRequestsQueryVariables>(FeatureRequestsDocument, variables, options);
}
export type FeatureRequestsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<FeatureRequestsQuery, FeatureRequestsQueryVariables>;