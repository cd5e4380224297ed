import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SlaComplianceQueryVariables = Types.Exact<{
  from: Types.Scalars['DateTime']['input'];
  to: Types.Scalars['DateTime']['input'];
  groupBy: Array<Types.ComplianceDimension> | Types.ComplianceDimension;
}>;


export type SlaComplianceQuery = { __typename?: 'Query', slaCompliance: Array<{ __typename?: 'ComplianceRow', supportLevel: Types.SupportLevel | null, criticality: Types.Criticality | null, week: string | null, month: string | null, met: number, breached: number, total: number, complianceRate: number, agent: { __typename?: 'User', id: string, fullName: string } | null }> };


export const SlaComplianceDocument = gql`
    query SlaCompliance($from: DateTime!, $to: DateTime!, $groupBy: [ComplianceDimension!]!) {
  slaCompliance(from: $from, to: $to, groupBy: $groupBy) {
    supportLevel
    criticality
    agent {
      id
      fullName
    }
    week
    month
    met
    breached
    total
    complianceRate
  }
}
    `;

/**
 * __useSlaComplianceQuery__
 *
 * To run a query within a Vue component, call `useSlaComplianceQuery` and pass it any options that fit your needs.
 * When your component renders, `useSlaComplianceQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useSlaComplianceQuery({
 *   from: // value for 'from'
 *   to: // value for 'to'
 *   groupBy: // value for 'groupBy'
 * });
 */
export function useSlaComplianceQuery(variables: SlaComplianceQueryVariables | VueCompositionApi.Ref<SlaComplianceQueryVariables> | ReactiveFunction<SlaComplianceQueryVariables>, options: VueApolloComposable.UseQueryOptions<SlaComplianceQuery, SlaComplianceQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SlaComplianceQuery, SlaComplianceQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SlaComplianceQuery, SlaComplianceQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<SlaComplianceQuery, SlaComplianceQueryVariables>(SlaComplianceDocument, variables, options);
}
export function useSlaComplianceLazyQuery(variables?: SlaComplianceQueryVariables | VueCompositionApi.Ref<SlaComplianceQueryVariables> | ReactiveFunction<SlaComplianceQueryVariables>, options: VueApolloComposable.UseQueryOptions<SlaComplianceQuery, SlaComplianceQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SlaComplianceQuery, SlaComplianceQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SlaComplianceQuery, SlaComplianceQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<SlaComplianceQuery, SlaComplianceQueryVariables>(SlaComplianceDocument, variables, options);
}
export type SlaComplianceQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<SlaComplianceQuery, SlaComplianceQueryVariables>;