import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ReleaseFieldsFragmentDoc } from './releaseFields.api';
import { CatalogFileFieldsFragmentDoc } from './catalogFileFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ProductDetailQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  includeUnpublished?: Types.Scalars['Boolean']['input'];
}>;


export type ProductDetailQuery = { __typename?: 'Query', product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind, downloadsAvailable: boolean, subscribedToReleases: boolean, releases: Array<{ __typename?: 'ProductRelease', id: string, version: string, build: string, certified: boolean, releasedOn: string, publishedAt: string | null, subscribersNotifiedAt: string | null, releaseNotes: string, releaseNotesHtml: string, files: Array<{ __typename?: 'CatalogFile', id: string, fileName: string, kind: Types.CatalogFileKind, description: string | null, contentType: string | null, size: number | null, sha256: string | null, external: boolean, available: boolean, downloadUrl: string | null, url: string | null }> }>, certificates: Array<{ __typename?: 'Certificate', id: string, number: string, issuer: string, productVersions: string | null, validUntil: string, daysLeft: number }> } | null };


export const ProductDetailDocument = gql`
    query ProductDetail($id: ID!, $includeUnpublished: Boolean! = false) {
  product(id: $id) {
    id
    name
    kind
    downloadsAvailable
    subscribedToReleases
    releases(includeUnpublished: $includeUnpublished) {
      ...ReleaseFields
    }
    certificates {
      id
      number
      issuer
      productVersions
      validUntil
      daysLeft
    }
  }
}
    ${ReleaseFieldsFragmentDoc}
${CatalogFileFieldsFragmentDoc}`;

/**
 * __useProductDetailQuery__
 *
 * To run a query within a Vue component, call `useProductDetailQuery` and pass it any options that fit your needs.
 * When your component renders, `useProductDetailQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useProductDetailQuery({
 *   id: // value for 'id'
 *   includeUnpublished: // value for 'includeUnpublished'
 * });
 */
export function useProductDetailQuery(variables: ProductDetailQueryVariables | VueCompositionApi.Ref<ProductDetailQueryVariables> | ReactiveFunction<ProductDetailQueryVariables>, options: VueApolloComposable.UseQueryOptions<ProductDetailQuery, ProductDetailQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ProductDetailQuery, ProductDetailQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ProductDetailQuery, ProductDetailQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ProductDetailQuery, ProductDetailQueryVariables>(ProductDetailDocument, variables, options);
}
export function useProductDetailLazyQuery(variables?: ProductDetailQueryVariables | VueCompositionApi.Ref<ProductDetailQueryVariables> | ReactiveFunction<ProductDetailQueryVariables>, options: VueApolloComposable.UseQueryOptions<ProductDetailQuery, ProductDetailQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ProductDetailQuery, ProductDetailQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ProductDetailQuery, ProductDetailQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ProductDetailQuery, ProductDetailQueryVariables>(ProductDetailDocument, variables, options);
}
export type ProductDetailQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ProductDetailQuery, ProductDetailQueryVariables>;