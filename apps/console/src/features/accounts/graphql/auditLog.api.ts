import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type AuditLogQueryVariables = Types.Exact<{
  filter?: Types.InputMaybe<Types.AuditFilter>;
  first?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, at: string, kind: Types.AuditKind, actorEmail: string | null, objectType: string | null, objectId: string | null, summary: string, before: string | null, after: string | null, ip: string | null, userAgent: string | null } }> } };


export const AuditLogDocument = gql`
    query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        kind
        actorEmail
        objectType
        objectId
        summary
        before
        after
        ip
        userAgent
      }
    }
  }
}
    `;

/**
 * __useAuditLogQuery__
 *
 * To run a query within a Vue component, call `useAuditLogQuery` and pass it any options that fit your needs.
 * When your component renders, `useAuditLogQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useAuditLogQuery({
 *   filter: // value for 'filter'
 *   first: // value for 'first'
 *   after: // value for 'after'
 * });
 */
export function useAuditLogQuery(variables: AuditLogQueryVariables | VueCompositionApi.Ref<AuditLogQueryVariables> | ReactiveFunction<AuditLogQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<AuditLogQuery, AuditLogQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<AuditLogQuery, AuditLogQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<AuditLogQuery, AuditLogQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<AuditLogQuery, AuditLogQueryVariables>(AuditLogDocument, variables, options);
}
export function useAuditLogLazyQuery(variables: AuditLogQueryVariables | VueCompositionApi.Ref<AuditLogQueryVariables> | ReactiveFunction<AuditLogQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<AuditLogQuery, AuditLogQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<AuditLogQuery, AuditLogQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<AuditLogQuery, AuditLogQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<AuditLogQuery, AuditLogQueryVariables>(AuditLogDocument, variables, options);
}
export type AuditLogQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<AuditLogQuery, AuditLogQueryVariables>;