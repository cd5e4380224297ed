import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { SlaAlertItemFragmentDoc } from '../../../stores/graphql/slaAlertItem.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SlaAlertsQueryVariables = Types.Exact<{
  first: Types.Scalars['Int']['input'];
}>;


export type SlaAlertsQuery = { __typename?: 'Query', slaAlerts: Array<{ __typename?: 'SlaAlert', id: string, version: number | null, kind: Types.SlaAlertKind, dueAt: string, raisedAt: string, ticket: { __typename?: 'Ticket', id: string, number: string, subject: string, priority: number, status: Types.TicketStatus, respondedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string } } }> };


export const SlaAlertsDocument = gql`
    query SlaAlerts($first: Int!) {
  slaAlerts(first: $first) {
    ...SlaAlertItem
  }
}
    ${SlaAlertItemFragmentDoc}`;

/**
 * __useSlaAlertsQuery__
 *
 * To run a query within a Vue component, call `useSlaAlertsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSlaAlertsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useSlaAlertsQuery({
 *   first: // value for 'first'
 * });
 */
export function useSlaAlertsQuery(variables: SlaAlertsQueryVariables | VueCompositionApi.Ref<SlaAlertsQueryVariables> | ReactiveFunction<SlaAlertsQueryVariables>, options: VueApolloComposable.UseQueryOptions<SlaAlertsQuery, SlaAlertsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SlaAlertsQuery, SlaAlertsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SlaAlertsQuery, SlaAlertsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<SlaAlertsQuery, SlaAlertsQueryVariables>(SlaAlertsDocument, variables, options);
}
export function useSlaAlertsLazyQuery(variables?: SlaAlertsQueryVariables | VueCompositionApi.Ref<SlaAlertsQueryVariables> | ReactiveFunction<SlaAlertsQueryVariables>, options: VueApolloComposable.UseQueryOptions<SlaAlertsQuery, SlaAlertsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SlaAlertsQuery, SlaAlertsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SlaAlertsQuery, SlaAlertsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<SlaAlertsQuery, SlaAlertsQueryVariables>(SlaAlertsDocument, variables, options);
}
export type SlaAlertsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<SlaAlertsQuery, SlaAlertsQueryVariables>;