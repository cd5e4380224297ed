import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type AuditLogCsvQueryVariables = Types.Exact<{
  filter?: Types.InputMaybe<Types.AuditFilter>;
}>;


export type AuditLogCsvQuery = { __typename?: 'Query', auditLogCsv: string };


export const AuditLogCsvDocument = gql`
    query AuditLogCsv($filter: AuditFilter) {
  auditLogCsv(filter: $filter)
}
    `;

/**
 * __useAuditLogCsvQuery__
 *
 * To run a query within a Vue component, call `useAuditLogCsvQuery` and pass it any options that fit your needs.
 * When your component renders, `useAuditLogCsvQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useAuditLogCsvQuery({
 *   filter: // value for 'filter'
 * });
 */
export function useAuditLogCsvQuery(variables: AuditLogCsvQueryVariables | VueCompositionApi.Ref<AuditLogCsvQueryVariables> | ReactiveFunction<AuditLogCsvQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<AuditLogCsvQuery, AuditLogCsvQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<AuditLogCsvQuery, AuditLogCsvQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<AuditLogCsvQuery, AuditLogCsvQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<AuditLogCsvQuery, AuditLogCsvQueryVariables>(AuditLogCsvDocument, variables, options);
}
export function useAuditLogCsvLazyQuery(variables: AuditLogCsvQueryVariables | VueCompositionApi.Ref<AuditLogCsvQueryVariables> | ReactiveFunction<AuditLogCsvQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<AuditLogCsvQuery, AuditLogCsvQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<AuditLogCsvQuery, AuditLogCsvQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<AuditLogCsvQuery, AuditLogCsvQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<AuditLogCsvQuery, AuditLogCsvQueryVariables>(AuditLogCsvDocument, variables, options);
}
export type AuditLogCsvQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<AuditLogCsvQuery, AuditLogCsvQueryVariables>;