import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ApplyMacroMutationVariables = Types.Exact<{
  macroId: Types.Scalars['ID']['input'];
  ticketId: Types.Scalars['ID']['input'];
}>;


export type ApplyMacroMutation = { __typename?: 'Mutation', applyMacro: { __typename?: 'Ticket', id: string, status: Types.TicketStatus, respondedAt: string | null, assignee: { __typename?: 'User', id: string, fullName: string } | null } };


export const ApplyMacroDocument = gql`
    mutation ApplyMacro($macroId: ID!, $ticketId: ID!) {
  applyMacro(macroId: $macroId, ticketId: $ticketId) {
    id
    status
    respondedAt
    assignee {
      id
      fullName
    }
  }
}
    `;

/**
 * __useApplyMacroMutation__
 *
 * To run a mutation, you first call `useApplyMacroMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useApplyMacroMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useApplyMacroMutation({
 *   variables: {
 *     macroId: // value for 'macroId'
 *     ticketId: // value for 'ticketId'
 *   },
 * });
 */
export function useApplyMacroMutation(options: VueApolloComposable.UseMutationOptions<ApplyMacroMutation, ApplyMacroMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ApplyMacroMutation, ApplyMacroMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ApplyMacroMutation, ApplyMacroMutationVariables>(ApplyMacroDocument, options);
}
export type ApplyMacroMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ApplyMacroMutation, ApplyMacroMutationVariables>;