import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ServiceHoursLevelFieldsFragmentDoc } from './serviceHoursFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ServiceHoursQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type ServiceHoursQuery = { __typename?: 'Query', serviceHours: Array<{ __typename?: 'ServiceHoursOfLevel', supportLevel: Types.SupportLevel, workingDaysOnly: boolean, inForce: { __typename?: 'ServiceHoursVersion', id: string | null, text: string | null, alwaysOpen: boolean, periods: Array<{ __typename?: 'ServicePeriod', opensAt: string, closesAt: string }> }, versions: Array<{ __typename?: 'ServiceHoursVersion', id: string | null, text: string | null, alwaysOpen: boolean, effectiveFrom: string | null, changedBy: { __typename?: 'User', id: string, fullName: string } | null }> }> };


export const ServiceHoursDocument = gql`
    query ServiceHours {
  serviceHours {
    ...ServiceHoursLevelFields
  }
}
    ${ServiceHoursLevelFieldsFragmentDoc}`;

/**
 * __useServiceHoursQuery__
 *
 * To run a query within a Vue component, call `useServiceHoursQuery` and pass it any options that fit your needs.
 * When your component renders, `useServiceHoursQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useServiceHoursQuery();
 */
export function useServiceHoursQuery(options: VueApolloComposable.UseQueryOptions<ServiceHoursQuery, ServiceHoursQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ServiceHoursQuery, ServiceHoursQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ServiceHoursQuery, ServiceHoursQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ServiceHoursQuery, ServiceHoursQueryVariables>(ServiceHoursDocument, {}, options);
}
export function useServiceHoursLazyQuery(options: VueApolloComposable.UseQueryOptions<ServiceHoursQuery, ServiceHoursQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ServiceHoursQuery, ServiceHoursQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ServiceHoursQuery, ServiceHoursQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ServiceHoursQuery, ServiceHoursQueryVariables>(ServiceHoursDocument, {}, options);
}
export type ServiceHoursQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ServiceHoursQuery, ServiceHoursQueryVariables>;