import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type StartWorkMutationVariables = Types.Exact<{
  ticketId: Types.Scalars['ID']['input'];
}>;


export type StartWorkMutation = { __typename?: 'Mutation', startWork: { __typename?: 'Ticket', id: string, number: string, status: Types.TicketStatus, respondedAt: string | null, slaState: Types.SlaState, reactionNotice: { __typename?: 'ReactionNotice', state: Types.ReactionNoticeState, channel: Types.Channel } | null, assignee: { __typename?: 'User', id: string, fullName: string } | null } };


export const StartWorkDocument = gql`
    mutation StartWork($ticketId: ID!) {
  startWork(ticketId: $ticketId) {
    id
    number
    status
    respondedAt
    reactionNotice {
      state
      channel
    }
    slaState
    assignee {
      id
      fullName
    }
  }
}
    `;

/**
 * __useStartWorkMutation__
 *
 * To run a mutation, you first call `useStartWorkMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useStartWorkMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useStartWorkMutation({
 *   variables: {
 *     ticketId: // value for 'ticketId'
 *   },
 * });
 */
export function useStartWorkMutation(options: VueApolloComposable.UseMutationOptions<StartWorkMutation, StartWorkMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<StartWorkMutation, StartWorkMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<StartWorkMutation, StartWorkMutationVariables>(StartWorkDocument, options);
}
export type StartWorkMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<StartWorkMutation, StartWorkMutationVariables>;