import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SelfServiceDeflectionQueryVariables = Types.Exact<{
  from: Types.Scalars['DateTime']['input'];
  to: Types.Scalars['DateTime']['input'];
}>;


export type SelfServiceDeflectionQuery = { __typename?: 'Query', selfServiceDeflection: Array<{ __typename?: 'SelfServiceDeflectionRow', productId: string, productName: string, period: string, resolvedWithoutTicket: number, ticketsRegistered: number, deflectionRate: number | null }> };


export const SelfServiceDeflectionDocument = gql`
    query SelfServiceDeflection($from: DateTime!, $to: DateTime!) {
  selfServiceDeflection(from: $from, to: $to) {
    productId
    productName
    period
    resolvedWithoutTicket
    ticketsRegistered
    deflectionRate
  }
}
    `;

/**
 * __useSelfServiceDeflectionQuery__
 *
 * To run a query within a Vue component, call `useSelfServiceDeflectionQuery` and pass it any options that fit your needs.
 * When your component renders, `useSelfServiceDeflectionQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useSelfServiceDeflectionQuery({
 *   from: // value for 'from'
 *   to: // value for 'to'
 * });
 */
export function useSelfServiceDeflectionQuery(variables: SelfServiceDeflectionQueryVariables | VueCompositionApi.Ref<SelfServiceDeflectionQueryVariables> | ReactiveFunction<SelfServiceDeflectionQueryVariables>, options: VueApolloComposable.UseQueryOptions<SelfServiceDeflectionQuery, SelfServiceDeflectionQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SelfServiceDeflectionQuery, SelfServiceDeflectionQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SelfServiceDeflectionQuery, SelfServiceDeflectionQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<SelfServiceDeflectionQuery, SelfServiceDeflectionQueryVariables>(SelfServiceDeflectionDocument, variables, options);
}
export function useSelfServiceDeflectionLazyQuery(variables?: SelfServiceDeflectionQueryVariables | VueCompositionApi.Ref<SelfServiceDeflectionQueryVariables> | ReactiveFunction<SelfServiceDeflectionQueryVariables>, options: VueApolloComposable.UseQueryOptions<SelfServiceDeflectionQuery, SelfServiceDeflectionQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SelfServiceDeflectionQuery, SelfServiceDeflectionQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SelfServiceDeflectionQuery, SelfServiceDeflectionQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<SelfServiceDeflectionQuery, SelfServiceDeflectionQueryVariables>(SelfServiceDeflectionDocument, variables, options);
}
export type SelfServiceDeflectionQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<SelfServiceDeflectionQuery, SelfServiceDeflectionQueryVariables>;