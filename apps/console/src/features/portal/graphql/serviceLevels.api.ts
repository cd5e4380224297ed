import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ServiceLevelsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type ServiceLevelsQuery = { __typename?: 'Query', serviceLevels: Array<{ __typename?: 'ServiceLevelTerms', supportLevel: Types.SupportLevel, serviceHours: string, criticalResponseSeconds: number, nonCriticalResponseSeconds: number, phoneExtensions: Array<string> }> };


export const ServiceLevelsDocument = gql`
    query ServiceLevels {
  serviceLevels {
    supportLevel
    serviceHours
    criticalResponseSeconds
    nonCriticalResponseSeconds
    phoneExtensions
  }
}
    `;

/**
 * __useServiceLevelsQuery__
 *
 * To run a query within a Vue component, call `useServiceLevelsQuery` and pass it any options that fit your needs.
 * When your component renders, `useServiceLevelsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useServiceLevelsQuery();
 */
export function useServiceLevelsQuery(options: VueApolloComposable.UseQueryOptions<ServiceLevelsQuery, ServiceLevelsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ServiceLevelsQuery, ServiceLevelsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ServiceLevelsQuery, ServiceLevelsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ServiceLevelsQuery, ServiceLevelsQueryVariables>(ServiceLevelsDocument, {}, options);
}
export function useServiceLevelsLazyQuery(options: VueApolloComposable.UseQueryOptions<ServiceLevelsQuery, ServiceLevelsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ServiceLevelsQuery, ServiceLevelsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ServiceLevelsQuery, ServiceLevelsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ServiceLevelsQuery, ServiceLevelsQueryVariables>(ServiceLevelsDocument, {}, options);
}
export type ServiceLevelsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ServiceLevelsQuery, ServiceLevelsQueryVariables>;