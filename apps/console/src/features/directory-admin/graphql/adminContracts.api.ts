import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type AdminContractsQueryVariables = Types.Exact<{
  identifier?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type AdminContractsQuery = { __typename?: 'Query', contracts: Array<{ __typename?: 'SupportContract', id: string, identifier: string, supportLevel: Types.SupportLevel, validFrom: string, validUntil: string, active: boolean, terminatedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string }, identifiers: Array<{ __typename?: 'ContractIdentifier', identifier: string, kind: Types.IdentifierKind }>, products: Array<{ __typename?: 'Product', id: string, name: string }>, history: Array<{ __typename?: 'ContractEvent', id: string, kind: Types.ContractEventKind, at: string, before: string | null, after: string }> }> };


export const AdminContractsDocument = gql`
    query AdminContracts($identifier: String) {
  contracts(identifier: $identifier, first: 100) {
    id
    identifier
    supportLevel
    validFrom
    validUntil
    active
    terminatedAt
    organization {
      id
      name
    }
    identifiers {
      identifier
      kind
    }
    products {
      id
      name
    }
    history {
      id
      kind
      at
      before
      after
    }
  }
}
    `;

/**
 * __useAdminContractsQuery__
 *
 * To run a query within a Vue component, call `useAdminContractsQuery` and pass it any options that fit your needs.
 * When your component renders, `useAdminContractsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useAdminContractsQuery({
 *   identifier: // value for 'identifier'
 * });
 */
export function useAdminContractsQuery(variables: AdminContractsQueryVariables | VueCompositionApi.Ref<AdminContractsQueryVariables> | ReactiveFunction<AdminContractsQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<AdminContractsQuery, AdminContractsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<AdminContractsQuery, AdminContractsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<AdminContractsQuery, AdminContractsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<AdminContractsQuery, AdminContractsQueryVariables>(AdminContractsDocument, variables, options);
}
export function useAdminContractsLazyQuery(variables: AdminContractsQueryVariables | VueCompositionApi.Ref<AdminContractsQueryVariables> | ReactiveFunction<AdminContractsQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<AdminContractsQuery, AdminContractsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<AdminContractsQuery, AdminContractsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<AdminContractsQuery, AdminContractsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<AdminContractsQuery, AdminContractsQueryVariables>(AdminContractsDocument, variables, options);
}
export type AdminContractsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<AdminContractsQuery, AdminContractsQueryVariables>;