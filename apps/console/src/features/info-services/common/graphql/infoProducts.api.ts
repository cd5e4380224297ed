import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type InfoProductsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type InfoProductsQuery = { __typename?: 'Query', products: Array<{ __typename?: 'Product', id: string, name: string, kind: Types.ProductKind }> };


export const InfoProductsDocument = gql`
    query InfoProducts {
  products {
    id
    name
    kind
  }
}
    `;

/**
 * __useInfoProductsQuery__
 *
 * To run a query within a Vue component, call `useInfoProductsQuery` and pass it any options that fit your needs.
 * When your component renders, `useInfoProductsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useInfoProductsQuery();
 */
export function useInfoProductsQuery(options: VueApolloComposable.UseQueryOptions<InfoProductsQuery, InfoProductsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<InfoProductsQuery, InfoProductsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<InfoProductsQuery, InfoProductsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<InfoProductsQuery, InfoProductsQueryVariables>(InfoProductsDocument, {}, options);
}
export function useInfoProductsLazyQuery(options: VueApolloComposable.UseQueryOptions<InfoProductsQuery, InfoProductsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<InfoProductsQuery, InfoProductsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<InfoProductsQuery, InfoProductsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<InfoProductsQuery, InfoProductsQueryVariables>(InfoProductsDocument, {}, options);
}
export type InfoProductsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<InfoProductsQuery, InfoProductsQueryVariables>;