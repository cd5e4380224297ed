import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FeatureRequestFieldsFragmentDoc } from './featureRequestFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type FeatureRequestQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type FeatureRequestQuery = { __typename?: 'Query', featureRequest: { __typename?: 'FeatureRequest', id: string, number: string, title: string, description: string, status: Types.FeatureRequestStatus, statusNote: string | null, statusChangedAt: string, createdAt: string, updatedAt: string, requestingOrganizationsCount: number, product: { __typename?: 'Product', id: string, name: string } | null, tickets: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, organization: { __typename?: 'Organization', id: string, name: string } }> } | null };


export const FeatureRequestDocument = gql`
    query FeatureRequest($id: ID!) {
  featureRequest(id: $id) {
    ...FeatureRequestFields
  }
}
    ${FeatureRequestFieldsFragmentDoc}`;

/**
 * __useFeatureRequestQuery__
 *
 * To run a query within a Vue component, call `useFeatureRequestQuery` and pass it any options that fit your needs.
 * When your component renders, `useFeatureRequestQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useFeatureRequestQuery({
 *   id: // value for 'id'
 * });
 */
export function useFeatureRequestQuery(variables: FeatureRequestQueryVariables | VueCompositionApi.Ref<FeatureRequestQueryVariables> | ReactiveFunction<FeatureRequestQueryVariables>, options: VueApolloComposable.UseQueryOptions<FeatureRequestQuery, FeatureRequestQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<FeatureRequestQuery, FeatureRequestQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<FeatureRequestQuery, FeatureRequestQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<FeatureRequestQuery, FeatureRequestQueryVariables>(FeatureRequestDocument, variables, options);
}
export function useFeatureRequestLazyQuery(variables?: FeatureRequestQueryVariables | VueCompositionApi.Ref<FeatureRequestQueryVariables> | ReactiveFunction<FeatureRequestQueryVariables>, options: VueApolloComposable.UseQueryOptions<FeatureRequestQuery, FeatureRequestQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<FeatureRequestQuery, FeatureRequestQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<FeatureRequestQuery, FeatureRequestQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<FeatureRequestQuery, FeatureRequestQueryVariables>(FeatureRequestDocument, variables, options);
}
export type FeatureRequestQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<FeatureRequestQuery, FeatureRequestQueryVariables>;