import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { PhoneContractFragmentDoc } from './phoneContract.api';
import { ContractFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type PhoneContractsQueryVariables = Types.Exact<{
  identifier: Types.Scalars['String']['input'];
  first?: Types.Scalars['Int']['input'];
}>;


export type PhoneContractsQuery = { __typename?: 'Query', contracts: Array<{ __typename?: 'SupportContract', validFrom: string, id: string, identifier: string, identifierKind: Types.IdentifierKind, supportLevel: Types.SupportLevel, active: boolean, validUntil: string, organization: { __typename?: 'Organization', id: string, name: string }, product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind } }> };


export const PhoneContractsDocument = gql`
    query PhoneContracts($identifier: String!, $first: Int! = 8) {
  contracts(identifier: $identifier, first: $first) {
    ...PhoneContract
  }
}
    ${PhoneContractFragmentDoc}
${ContractFieldsFragmentDoc}`;

/**
 * __usePhoneContractsQuery__
 *
 * To run a query within a Vue component, call `usePhoneContractsQuery` and pass it any options that fit your needs.
 * When your component renders, `usePhoneContractsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = usePhoneContractsQuery({
 *   identifier: // value for 'identifier'
 *   first: // value for 'first'
 * });
 */
export function usePhoneContractsQuery(variables: PhoneContractsQueryVariables | VueCompositionApi.Ref<PhoneContractsQueryVariables> | ReactiveFunction<PhoneContractsQueryVariables>, options: VueApolloComposable.UseQueryOptions<PhoneContractsQuery, PhoneContractsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<PhoneContractsQuery, PhoneContractsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<PhoneContractsQuery, PhoneContractsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<PhoneContractsQuery, PhoneContractsQueryVariables>(PhoneContractsDocument, variables, options);
}
export function usePhoneContractsLazyQuery(variables?: PhoneContractsQueryVariables | VueCompositionApi.Ref<PhoneContractsQueryVariables> | ReactiveFunction<PhoneContractsQueryVariables>, options: VueApolloComposable.UseQueryOptions<PhoneContractsQuery, PhoneContractsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<PhoneContractsQuery, PhoneContractsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<PhoneContractsQuery, PhoneContractsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<PhoneContractsQuery, PhoneContractsQueryVariables>(PhoneContractsDocument, variables, options);
}
export type PhoneContractsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<PhoneContractsQuery, PhoneContractsQueryVariables>;