import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SatisfactionReportQueryVariables = Types.Exact<{
  from: Types.Scalars['DateTime']['input'];
  to: Types.Scalars['DateTime']['input'];
  groupBy?: Types.InputMaybe<Types.SatisfactionDimension>;
}>;


export type SatisfactionReportQuery = { __typename?: 'Query', satisfactionReport: Array<{ __typename?: 'SatisfactionReportRow', key: string, label: string, ratings: number, average: number, distribution: Array<number> }> };


export const SatisfactionReportDocument = gql`
    query SatisfactionReport($from: DateTime!, $to: DateTime!, $groupBy: SatisfactionDimension) {
  satisfactionReport(from: $from, to: $to, groupBy: $groupBy) {
    key
    label
    ratings
    average
    distribution
  }
}
    `;

/**
 * __useSatisfactionReportQuery__
 *
 * To run a query within a Vue component, call `useSatisfactionReportQuery` and pass it any options that fit your needs.
 * When your component renders, `useSatisfactionReportQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useSatisfactionReportQuery({
 *   from: // value for 'from'
 *   to: // value for 'to'
 *   groupBy: // value for 'groupBy'
 * });
 */
export function useSatisfactionReportQuery(variables: SatisfactionReportQueryVariables | VueCompositionApi.Ref<SatisfactionReportQueryVariables> | ReactiveFunction<SatisfactionReportQueryVariables>, options: VueApolloComposable.UseQueryOptions<SatisfactionReportQuery, SatisfactionReportQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SatisfactionReportQuery, SatisfactionReportQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SatisfactionReportQuery, SatisfactionReportQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<SatisfactionReportQuery, SatisfactionReportQueryVariables>(SatisfactionReportDocument, variables, options);
}
export function useSatisfactionReportLazyQuery(variables?: SatisfactionReportQueryVariables | VueCompositionApi.Ref<SatisfactionReportQueryVariables> | ReactiveFunction<SatisfactionReportQueryVariables>, options: VueApolloComposable.UseQueryOptions<SatisfactionReportQuery, SatisfactionReportQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SatisfactionReportQuery, SatisfactionReportQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SatisfactionReportQuery, SatisfactionReportQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<SatisfactionReportQuery, SatisfactionReportQueryVariables>(SatisfactionReportDocument, variables, options);
}
export type SatisfactionReportQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<SatisfactionReportQuery, SatisfactionReportQueryVariables>;