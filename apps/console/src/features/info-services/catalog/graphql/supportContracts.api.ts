import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SupportContractsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type SupportContractsQuery = { __typename?: 'Query', contracts: Array<{ __typename?: 'SupportContract', id: string, identifier: string, active: boolean, validFrom: string, validUntil: string, organization: { __typename?: 'Organization', id: string, name: string }, product: { __typename?: 'Product', id: string } }> };


export const SupportContractsDocument = gql`
    query SupportContracts {
  contracts(first: 200) {
    id
    identifier
    active
    validFrom
    validUntil
    organization {
      id
      name
    }
    product {
      id
    }
  }
}
    `;

/**
 * __useSupportContractsQuery__
 *
 * To run a query within a Vue component, call `useSupportContractsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSupportContractsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useSupportContractsQuery();
 */
export function useSupportContractsQuery(options: VueApolloComposable.UseQueryOptions<SupportContractsQuery, SupportContractsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SupportContractsQuery, SupportContractsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SupportContractsQuery, SupportContractsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<SupportContractsQuery, SupportContractsQueryVariables>(SupportContractsDocument, {}, options);
}
export function useSupportContractsLazyQuery(options: VueApolloComposable.UseQueryOptions<SupportContractsQuery, SupportContractsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SupportContractsQuery, SupportContractsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SupportContractsQuery, SupportContractsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<SupportContractsQuery, SupportContractsQueryVariables>(SupportContractsDocument, {}, options);
}
export type SupportContractsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<SupportContractsQuery, SupportContractsQueryVariables>;