import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SplitTicketMutationVariables = Types.Exact<{
  ticketId: Types.Scalars['ID']['input'];
  parts: Array<Types.SplitPartInput> | Types.SplitPartInput;
}>;


export type SplitTicketMutation = { __typename?: 'Mutation', splitTicket: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus }> };


export const SplitTicketDocument = gql`
    mutation SplitTicket($ticketId: ID!, $parts: [SplitPartInput!]!) {
  splitTicket(ticketId: $ticketId, parts: $parts) {
    id
    number
    subject
    status
  }
}
    `;

/**
 * __useSplitTicketMutation__
 *
 * To run a mutation, you first call `useSplitTicketMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useSplitTicketMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useSplitTicketMutation({
 *   variables: {
 *     ticketId: // value for 'ticketId'
 *     parts: // value for 'parts'
 *   },
 * });
 */
export function useSplitTicketMutation(options: VueApolloComposable.UseMutationOptions<SplitTicketMutation, SplitTicketMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<SplitTicketMutation, SplitTicketMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<SplitTicketMutation, SplitTicketMutationVariables>(SplitTicketDocument, options);
}
export type SplitTicketMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<SplitTicketMutation, SplitTicketMutationVariables>;