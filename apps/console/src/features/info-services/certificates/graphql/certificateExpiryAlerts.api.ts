import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { CertificateExpiryAlertItemFragmentDoc } from './certificateExpiryAlertItem.api';
import { CertificateFieldsFragmentDoc } from './certificateFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CertificateExpiryAlertsQueryVariables = Types.Exact<{
  first: Types.Scalars['Int']['input'];
}>;


export type CertificateExpiryAlertsQuery = { __typename?: 'Query', certificateExpiryAlerts: Array<{ __typename?: 'CertificateExpiryAlert', id: string, thresholdDays: number, validUntil: string, dueAt: string, raisedAt: string, message: string, certificate: { __typename?: 'Certificate', id: string, number: string, issuer: string, productVersions: string | null, description: string | null, validFrom: string, validUntil: string, active: boolean, daysLeft: number, product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind } } }> };


export const CertificateExpiryAlertsDocument = gql`
    query CertificateExpiryAlerts($first: Int!) {
  certificateExpiryAlerts(first: $first) {
    ...CertificateExpiryAlertItem
  }
}
    ${CertificateExpiryAlertItemFragmentDoc}
${CertificateFieldsFragmentDoc}`;

/**
 * __useCertificateExpiryAlertsQuery__
 *
 * To run a query within a Vue component, call `useCertificateExpiryAlertsQuery` and pass it any options that fit your needs.
 * When your component renders, `useCertificateExpiryAlertsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useCertificateExpiryAlertsQuery({
 *   first: // value for 'first'
 * });
 */
export function useCertificateExpiryAlertsQuery(variables: CertificateExpiryAlertsQueryVariables | VueCompositionApi.Ref<CertificateExpiryAlertsQueryVariables> | ReactiveFunction<CertificateExpiryAlertsQueryVariables>, options: VueApolloComposable.UseQueryOptions<CertificateExpiryAlertsQuery, CertificateExpiryAlertsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<CertificateExpiryAlertsQuery, CertificateExpiryAlertsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<CertificateExpiryAlertsQuery, CertificateExpiryAlertsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<CertificateExpiryAlertsQuery, CertificateExpiryAlertsQueryVariables>(CertificateExpiryAlertsDocument, variables, options);
}
export function useCertificateExpiryAlertsLazyQuery(variables?: CertificateExpiryAlertsQueryVariables | VueCompositionApi.Ref<CertificateExpiryAlertsQueryVariables> | ReactiveFunction<CertificateExpiryAlertsQueryVariables>, options: VueApolloComposable.UseQueryOptions<CertificateExpiryAlertsQuery, CertificateExpiryAlertsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<CertificateExpiryAlertsQuery, CertificateExpiryAlertsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<CertificateExpiryAlertsQuery, CertificateExpiryAlertsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<CertificateExpiryAlertsQuery, CertificateExpiryAlertsQueryVariables>(CertificateExpiryAlertsDocument, variables, options);
}
export type CertificateExpiryAlertsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<CertificateExpiryAlertsQuery, CertificateExpiryAlertsQueryVariables>;