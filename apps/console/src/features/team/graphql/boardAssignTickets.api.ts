import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { BoardTicketFragmentDoc } from './boardTicket.api';
import { TicketSlaFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type BoardAssignTicketsMutationVariables = Types.Exact<{
  ticketIds: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
  assigneeId: Types.Scalars['ID']['input'];
}>;


export type BoardAssignTicketsMutation = { __typename?: 'Mutation', assignTickets: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, category: Types.TicketCategory, priority: number, escalationLevel: number, expectedResolutionAt: string | null, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } }> };


export const BoardAssignTicketsDocument = gql`
    mutation BoardAssignTickets($ticketIds: [ID!]!, $assigneeId: ID!) {
  assignTickets(ticketIds: $ticketIds, assigneeId: $assigneeId) {
    ...BoardTicket
  }
}
    ${BoardTicketFragmentDoc}
${TicketSlaFieldsFragmentDoc}`;

/**
 * __useBoardAssignTicketsMutation__
 *
 * To run a mutation, you first call `useBoardAssignTicketsMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useBoardAssignTicketsMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useBoardAssignTicketsMutation({
 *   variables: {
 *     ticketIds: // value for 'ticketIds'
 *     assigneeId: // value for 'assigneeId'
 *   },
 * });
 */
export function useBoardAssignTicketsMutation(options: VueApolloComposable.UseMutationOptions<BoardAssignTicketsMutation, BoardAssignTicketsMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<BoardAssignTicketsMutation, BoardAssignTicketsMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<BoardAssignTicketsMutation, BoardAssignTicketsMutationVariables>(BoardAssignTicketsDocument, options);
}
export type BoardAssignTicketsMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<BoardAssignTicketsMutation, BoardAssignTicketsMutationVariables>;