import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { CertificateFieldsFragmentDoc } from './certificateFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CertificateLookupQueryVariables = Types.Exact<{
  productId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  number?: Types.InputMaybe<Types.Scalars['String']['input']>;
  includeExpired: Types.Scalars['Boolean']['input'];
}>;


export type CertificateLookupQuery = { __typename?: 'Query', certificates: Array<{ __typename?: 'Certificate', id: string, number: string, issuer: string, productVersions: string | null, description: string | null, validFrom: string, validUntil: string, active: boolean, daysLeft: number, product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind } }> };


export const CertificateLookupDocument = gql`
    query CertificateLookup($productId: ID, $number: String, $includeExpired: Boolean!) {
  certificates(
    productId: $productId
    number: $number
    includeExpired: $includeExpired
  ) {
    ...CertificateFields
  }
}
    ${CertificateFieldsFragmentDoc}`;

/**
 * __useCertificateLookupQuery__
 *
 * To run a query within a Vue component, call `useCertificateLookupQuery` and pass it any options that fit your needs.
 * When your component renders, `useCertificateLookupQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useCertificateLookupQuery({
 *   productId: // value for 'productId'
 *   number: // value for 'number'
 *   includeExpired: // value for 'includeExpired'
 * });
 */
export function useCertificateLookupQuery(variables: CertificateLookupQueryVariables | VueCompositionApi.Ref<CertificateLookupQueryVariables> | ReactiveFunction<CertificateLookupQueryVariables>, options: VueApolloComposable.UseQueryOptions<CertificateLookupQuery, CertificateLookupQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<CertificateLookupQuery, CertificateLookupQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<CertificateLookupQuery, CertificateLookupQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<CertificateLookupQuery, CertificateLookupQueryVariables>(CertificateLookupDocument, variables, options);
}
export function useCertificateLookupLazyQuery(variables?: CertificateLookupQueryVariables | VueCompositionApi.Ref<CertificateLookupQueryVariables> | ReactiveFunction<CertificateLookupQueryVariables>, options: VueApolloComposable.UseQueryOptions<CertificateLookupQuery, CertificateLookupQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<CertificateLookupQuery, CertificateLookupQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<CertificateLookupQuery, CertificateLookupQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<CertificateLookupQuery, CertificateLookupQueryVariables>(CertificateLookupDocument, variables, options);
}
export type CertificateLookupQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<CertificateLookupQuery, CertificateLookupQueryVariables>;