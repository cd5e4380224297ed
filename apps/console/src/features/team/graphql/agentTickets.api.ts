import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { BoardTicketFragmentDoc } from './boardTicket.api';
import { TicketSlaFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type AgentTicketsQueryVariables = Types.Exact<{
  assigneeId: Types.Scalars['ID']['input'];
  first: Types.Scalars['Int']['input'];
}>;


export type AgentTicketsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, category: Types.TicketCategory, priority: number, escalationLevel: number, expectedResolutionAt: string | null, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } }> } };


export const AgentTicketsDocument = gql`
    query AgentTickets($assigneeId: ID!, $first: Int!) {
  tickets(
    first: $first
    filter: {assigneeId: $assigneeId, statuses: [NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER]}
  ) {
    totalCount
    edges {
      node {
        ...BoardTicket
      }
    }
  }
}
    ${BoardTicketFragmentDoc}
${TicketSlaFieldsFragmentDoc}`;

/**
 * __useAgentTicketsQuery__
 *
 * To run a query within a Vue component, call `useAgentTicketsQuery` and pass it any options that fit your needs.
 * When your component renders, `useAgentTicketsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useAgentTicketsQuery({
 *   assigneeId: // value for 'assigneeId'
 *   first: // value for 'first'
 * });
 */
export function useAgentTicketsQuery(variables: AgentTicketsQueryVariables | VueCompositionApi.Ref<AgentTicketsQueryVariables> | ReactiveFunction<AgentTicketsQueryVariables>, options: VueApolloComposable.UseQueryOptions<AgentTicketsQuery, AgentTicketsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<AgentTicketsQuery, AgentTicketsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<AgentTicketsQuery, AgentTicketsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<AgentTicketsQuery, AgentTicketsQueryVariables>(AgentTicketsDocument, variables, options);
}
export function useAgentTicketsLazyQuery(variables?: AgentTicketsQueryVariables | VueCompositionApi.Ref<AgentTicketsQueryVariables> | ReactiveFunction<AgentTicketsQueryVariables>, options: VueApolloComposable.UseQueryOptions<AgentTicketsQuery, AgentTicketsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<AgentTicketsQuery, AgentTicketsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<AgentTicketsQuery, AgentTicketsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<AgentTicketsQuery, AgentTicketsQueryVariables>(AgentTicketsDocument, variables, options);
}
export type AgentTicketsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<AgentTicketsQuery, AgentTicketsQueryVariables>;