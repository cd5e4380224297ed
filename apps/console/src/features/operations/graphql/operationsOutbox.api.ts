import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type OperationsOutboxQueryVariables = Types.Exact<{
  status?: Types.InputMaybe<Types.OutboxStatus>;
}>;


export type OperationsOutboxQuery = { __typename?: 'Query', outbox: Array<{ __typename?: 'OutboxMessage', id: string, kind: Types.NotificationKind, channel: Types.Channel, recipient: string, subject: string, status: Types.OutboxStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string, ticket: { __typename?: 'Ticket', id: string, number: string } | null }> };


export const OperationsOutboxDocument = gql`
    query OperationsOutbox($status: OutboxStatus) {
  outbox(first: 100, status: $status) {
    id
    kind
    channel
    recipient
    subject
    status
    attempts
    createdAt
    sentAt
    lastError
    nextAttemptAt
    ticket {
      id
      number
    }
  }
}
    `;

/**
 * __useOperationsOutboxQuery__
 *
 * To run a query within a Vue component, call `useOperationsOutboxQuery` and pass it any options that fit your needs.
 * When your component renders, `useOperationsOutboxQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useOperationsOutboxQuery({
 *   status: // value for 'status'
 * });
 */
export function useOperationsOutboxQuery(variables: OperationsOutboxQueryVariables | VueCompositionApi.Ref<OperationsOutboxQueryVariables> | ReactiveFunction<OperationsOutboxQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<OperationsOutboxQuery, OperationsOutboxQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<OperationsOutboxQuery, OperationsOutboxQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<OperationsOutboxQuery, OperationsOutboxQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<OperationsOutboxQuery, OperationsOutboxQueryVariables>(OperationsOutboxDocument, variables, options);
}
export function useOperationsOutboxLazyQuery(variables: OperationsOutboxQueryVariables | VueCompositionApi.Ref<OperationsOutboxQueryVariables> | ReactiveFunction<OperationsOutboxQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<OperationsOutboxQuery, OperationsOutboxQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<OperationsOutboxQuery, OperationsOutboxQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<OperationsOutboxQuery, OperationsOutboxQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<OperationsOutboxQuery, OperationsOutboxQueryVariables>(OperationsOutboxDocument, variables, options);
}
export type OperationsOutboxQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<OperationsOutboxQuery, OperationsOutboxQueryVariables>;