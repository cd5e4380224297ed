import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { CertificateAlertItemFragmentDoc } from '../../../stores/graphql/certificateAlertItem.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CertificateAlertsQueryVariables = Types.Exact<{
  first: Types.Scalars['Int']['input'];
}>;


export type CertificateAlertsQuery = { __typename?: 'Query', certificateExpiryAlerts: Array<{ __typename?: 'CertificateExpiryAlert', id: string, thresholdDays: number, validUntil: string, dueAt: string, raisedAt: string, certificate: { __typename?: 'Certificate', id: string, number: string, issuer: string, productVersions: string | null, product: { __typename?: 'Product', id: string, name: string } } }> };


export const CertificateAlertsDocument = gql`
    query CertificateAlerts($first: Int!) {
  certificateExpiryAlerts(first: $first) {
    ...CertificateAlertItem
  }
}
    ${CertificateAlertItemFragmentDoc}`;

/**
 * __useCertificateAlertsQuery__
 *
 * To run a query within a Vue component, call `useCertificateAlertsQuery` and pass it any options that fit your needs.
 * When your component renders, `useCertificateAlertsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useCertificateAlertsQuery({
 *   first: // value for 'first'
 * });
 */
export function useCertificateAlertsQuery(variables: CertificateAlertsQueryVariables | VueCompositionApi.Ref<CertificateAlertsQueryVariables> | ReactiveFunction<CertificateAlertsQueryVariables>, options: VueApolloComposable.UseQueryOptions<CertificateAlertsQuery, CertificateAlertsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<CertificateAlertsQuery, CertificateAlertsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<CertificateAlertsQuery, CertificateAlertsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<CertificateAlertsQuery, CertificateAlertsQueryVariables>(CertificateAlertsDocument, variables, options);
}
export function useCertificateAlertsLazyQuery(variables?: CertificateAlertsQueryVariables | VueCompositionApi.Ref<CertificateAlertsQueryVariables> | ReactiveFunction<CertificateAlertsQueryVariables>, options: VueApolloComposable.UseQueryOptions<CertificateAlertsQuery, CertificateAlertsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<CertificateAlertsQuery, CertificateAlertsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<CertificateAlertsQuery, CertificateAlertsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<CertificateAlertsQuery, CertificateAlertsQueryVariables>(CertificateAlertsDocument, variables, options);
}
export type CertificateAlertsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<CertificateAlertsQuery, CertificateAlertsQueryVariables>;