import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ResolutionTimesQueryVariables = Types.Exact<{
  from: Types.Scalars['String']['input'];
  to: Types.Scalars['String']['input'];
  groupBy?: Types.InputMaybe<Types.ResolutionDimension>;
}>;


export type ResolutionTimesQuery = { __typename?: 'Query', resolutionTimes: { __typename?: 'ResolutionTimeReport', groupBy: Types.ResolutionDimension | null, rows: Array<{ __typename?: 'ResolutionTimeRow', key: string | null, count: number, medianSeconds: number, p90Seconds: number, totalSeconds: number, agent: { __typename?: 'User', id: string, fullName: string } | null }>, total: { __typename?: 'ResolutionTimeRow', count: number, medianSeconds: number, p90Seconds: number, totalSeconds: number } } };


export const ResolutionTimesDocument = gql`
    query ResolutionTimes($from: String!, $to: String!, $groupBy: ResolutionDimension) {
  resolutionTimes(from: $from, to: $to, groupBy: $groupBy) {
    groupBy
    rows {
      key
      count
      medianSeconds
      p90Seconds
      totalSeconds
      agent {
        id
        fullName
      }
    }
    total {
      count
      medianSeconds
      p90Seconds
      totalSeconds
    }
  }
}
    `;

/**
 * __useResolutionTimesQuery__
 *
 * To run a query within a Vue component, call `useResolutionTimesQuery` and pass it any options that fit your needs.
 * When your component renders, `useResolutionTimesQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useResolutionTimesQuery({
 *   from: // value for 'from'
 *   to: // value for 'to'
 *   groupBy: // value for 'groupBy'
 * });
 */
export function useResolutionTimesQuery(variables: ResolutionTimesQueryVariables | VueCompositionApi.Ref<ResolutionTimesQueryVariables> | ReactiveFunction<ResolutionTimesQueryVariables>, options: VueApolloComposable.UseQueryOptions<ResolutionTimesQuery, ResolutionTimesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ResolutionTimesQuery, ResolutionTimesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ResolutionTimesQuery, ResolutionTimesQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ResolutionTimesQuery, ResolutionTimesQueryVariables>(ResolutionTimesDocument, variables, options);
}
export function useResolutionTimesLazyQuery(variables?: ResolutionTimesQueryVariables | VueCompositionApi.Ref<ResolutionTimesQueryVariables> | ReactiveFunction<ResolutionTimesQueryVariables>, options: VueApolloComposable.UseQueryOptions<ResolutionTimesQuery, ResolutionTimesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ResolutionTimesQuery, ResolutionTimesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ResolutionTimesQuery, ResolutionTimesQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ResolutionTimesQuery, ResolutionTimesQueryVariables>(ResolutionTimesDocument, variables, options);
}
export type ResolutionTimesQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ResolutionTimesQuery, ResolutionTimesQueryVariables>;