import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ProductHeaderQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type ProductHeaderQuery = { __typename?: 'Query', product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind, downloadsAvailable: boolean } | null };


export const ProductHeaderDocument = gql`
    query ProductHeader($id: ID!) {
  product(id: $id) {
    id
    name
    kind
    downloadsAvailable
  }
}
    `;

/**
 * __useProductHeaderQuery__
 *
 * To run a query within a Vue component, call `useProductHeaderQuery` and pass it any options that fit your needs.
 * When your component renders, `useProductHeaderQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useProductHeaderQuery({
 *   id: // value for 'id'
 * });
 */
export function useProductHeaderQuery(variables: ProductHeaderQueryVariables | VueCompositionApi.Ref<ProductHeaderQueryVariables> | ReactiveFunction<ProductHeaderQueryVariables>, options: VueApolloComposable.UseQueryOptions<ProductHeaderQuery, ProductHeaderQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ProductHeaderQuery, ProductHeaderQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ProductHeaderQuery, ProductHeaderQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ProductHeaderQuery, ProductHeaderQueryVariables>(ProductHeaderDocument, variables, options);
}
export function useProductHeaderLazyQuery(variables?: ProductHeaderQueryVariables | VueCompositionApi.Ref<ProductHeaderQueryVariables> | ReactiveFunction<ProductHeaderQueryVariables>, options: VueApolloComposable.UseQueryOptions<ProductHeaderQuery, ProductHeaderQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ProductHeaderQuery, ProductHeaderQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ProductHeaderQuery, ProductHeaderQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ProductHeaderQuery, ProductHeaderQueryVariables>(ProductHeaderDocument, variables, options);
}
export type ProductHeaderQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ProductHeaderQuery, ProductHeaderQueryVariables>;