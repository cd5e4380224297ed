import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ProductDocumentationQueryVariables = Types.Exact<{
  productId: Types.Scalars['ID']['input'];
}>;


export type ProductDocumentationQuery = { __typename?: 'Query', documentation: Array<{ __typename?: 'ProductDocument', id: string, title: string, productVersion: string, edition: string | null, publishedOn: string, latest: boolean, available: boolean, downloadUrl: string | null, file: { __typename?: 'CatalogFile', id: string, fileName: string, size: number | null } | null }> };


export const ProductDocumentationDocument = gql`
    query ProductDocumentation($productId: ID!) {
  documentation(productId: $productId) {
    id
    title
    productVersion
    edition
    publishedOn
    latest
    available
    downloadUrl
    file {
      id
      fileName
      size
    }
  }
}
    `;

/**
 * __useProductDocumentationQuery__
 *
 * To run a query within a Vue component, call `useProductDocumentationQuery` and pass it any options that fit your needs.
 * When your component renders, `useProductDocumentationQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useProductDocumentationQuery({
 *   productId: // value for 'productId'
 * });
 */
export function useProductDocumentationQuery(variables: ProductDocumentationQueryVariables | VueCompositionApi.Ref<ProductDocumentationQueryVariables> | ReactiveFunction<ProductDocumentationQueryVariables>, options: VueApolloComposable.UseQueryOptions<ProductDocumentationQuery, ProductDocumentationQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ProductDocumentationQuery, ProductDocumentationQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ProductDocumentationQuery, ProductDocumentationQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ProductDocumentationQuery, ProductDocumentationQueryVariables>(ProductDocumentationDocument, variables, options);
}
export function useProductDocumentationLazyQuery(variables?: ProductDocumentationQueryVariables | VueCompositionApi.Ref<ProductDocumentationQueryVariables> | ReactiveFunction<ProductDocumentationQueryVariables>, options: VueApolloComposable.UseQueryOptions<ProductDocumentationQuery, ProductDocumentationQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ProductDocumentationQuery, ProductDocumentationQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ProductDocumentationQuery, ProductDocumentationQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ProductDocumentationQuery, ProductDocumentationQueryVariables>(ProductDocumentationDocument, variables, options);
}
export type ProductDocumentationQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ProductDocumentationQuery, ProductDocumentationQueryVariables>;