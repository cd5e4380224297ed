import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { WorkViewFieldsFragmentDoc } from './workViewFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type TicketViewsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type TicketViewsQuery = { __typename?: 'Query', ticketViews: Array<{ __typename?: 'TicketView', id: string, name: string, builtIn: boolean, count: number, sort: Types.ViewSort, filter: { __typename?: 'ViewFilter', statuses: Array<Types.TicketStatus> | null, supportLevels: Array<Types.SupportLevel> | null, criticalities: Array<Types.Criticality> | null, categories: Array<Types.TicketCategory> | null, organizationIds: Array<string> | null, assigneeIds: Array<string> | null, escalated: boolean | null, unassigned: boolean | null, assignedToMe: boolean | null, customerAnswered: boolean | null, slaStates: Array<Types.SlaState> | null, text: string | null } }> };


export const TicketViewsDocument = gql`
    query TicketViews {
  ticketViews {
    ...WorkViewFields
  }
}
    ${WorkViewFieldsFragmentDoc}`;

/**
 * __useTicketViewsQuery__
 *
 * To run a query within a Vue component, call `useTicketViewsQuery` and pass it any options that fit your needs.
 * When your component renders, `useTicketViewsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useTicketViewsQuery();
 */
export function useTicketViewsQuery(options: VueApolloComposable.UseQueryOptions<TicketViewsQuery, TicketViewsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<TicketViewsQuery, TicketViewsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<TicketViewsQuery, TicketViewsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<TicketViewsQuery, TicketViewsQueryVariables>(TicketViewsDocument, {}, options);
}
export function useTicketViewsLazyQuery(options: VueApolloComposable.UseQueryOptions<TicketViewsQuery, TicketViewsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<TicketViewsQuery, TicketViewsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<TicketViewsQuery, TicketViewsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<TicketViewsQuery, TicketViewsQueryVariables>(TicketViewsDocument, {}, options);
}
export type TicketViewsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<TicketViewsQuery, TicketViewsQueryVariables>;