import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ContractFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type MyContractsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type MyContractsQuery = { __typename?: 'Query', contracts: Array<{ __typename?: 'SupportContract', id: string, identifier: string, identifierKind: Types.IdentifierKind, supportLevel: Types.SupportLevel, active: boolean, validUntil: string, organization: { __typename?: 'Organization', id: string, name: string }, product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind } }> };


export const MyContractsDocument = gql`
    query MyContracts {
  contracts(first: 200) {
    ...ContractFields
  }
}
    ${ContractFieldsFragmentDoc}`;

/**
 * __useMyContractsQuery__
 *
 * To run a query within a Vue component, call `useMyContractsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyContractsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useMyContractsQuery();
 */
export function useMyContractsQuery(options: VueApolloComposable.UseQueryOptions<MyContractsQuery, MyContractsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<MyContractsQuery, MyContractsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<MyContractsQuery, MyContractsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<MyContractsQuery, MyContractsQueryVariables>(MyContractsDocument, {}, options);
}
export function useMyContractsLazyQuery(options: VueApolloComposable.UseQueryOptions<MyContractsQuery, MyContractsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<MyContractsQuery, MyContractsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<MyContractsQuery, MyContractsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<MyContractsQuery, MyContractsQueryVariables>(MyContractsDocument, {}, options);
}
export type MyContractsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<MyContractsQuery, MyContractsQueryVariables>;