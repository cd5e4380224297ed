import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ProductsOverviewQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type ProductsOverviewQuery = { __typename?: 'Query', products: Array<{ __typename?: 'Product', id: string, name: string, kind: Types.ProductKind, downloadsAvailable: boolean, subscribedToReleases: boolean, releases: Array<{ __typename?: 'ProductRelease', id: string, version: string, build: string, releasedOn: string }>, certificates: Array<{ __typename?: 'Certificate', id: string, number: string, validUntil: string, daysLeft: number }> }> };


export const ProductsOverviewDocument = gql`
    query ProductsOverview {
  products {
    id
    name
    kind
    downloadsAvailable
    subscribedToReleases
    releases(certifiedOnly: true) {
      id
      version
      build
      releasedOn
    }
    certificates {
      id
      number
      validUntil
      daysLeft
    }
  }
}
    `;

/**
 * __useProductsOverviewQuery__
 *
 * To run a query within a Vue component, call `useProductsOverviewQuery` and pass it any options that fit your needs.
 * When your component renders, `useProductsOverviewQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useProductsOverviewQuery();
 */
export function useProductsOverviewQuery(options: VueApolloComposable.UseQueryOptions<ProductsOverviewQuery, ProductsOverviewQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ProductsOverviewQuery, ProductsOverviewQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ProductsOverviewQuery, ProductsOverviewQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ProductsOverviewQuery, ProductsOverviewQueryVariables>(ProductsOverviewDocument, {}, options);
}
export function useProductsOverviewLazyQuery(options: VueApolloComposable.UseQueryOptions<ProductsOverviewQuery, ProductsOverviewQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ProductsOverviewQuery, ProductsOverviewQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ProductsOverviewQuery, ProductsOverviewQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ProductsOverviewQuery, ProductsOverviewQueryVariables>(ProductsOverviewDocument, {}, options);
}
export type ProductsOverviewQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ProductsOverviewQuery, ProductsOverviewQueryVariables>;