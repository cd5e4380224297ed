import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RateTicketMutationVariables = Types.Exact<{
  ticketId: Types.Scalars['ID']['input'];
  score: Types.Scalars['Int']['input'];
  comment?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type RateTicketMutation = { __typename?: 'Mutation', rateTicket: { __typename?: 'TicketRating', score: number, comment: string | null, ratedAt: string } };


export const RateTicketDocument = gql`
    mutation RateTicket($ticketId: ID!, $score: Int!, $comment: String) {
  rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {
    score
    comment
    ratedAt
  }
}
    `;

/**
 * __useRateTicketMutation__
 *
 * To run a mutation, you first call `useRateTicketMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRateTicketMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRateTicketMutation({
 *   variables: {
 *     ticketId: // value for 'ticketId'
 *     score: // value for 'score'
 *     comment: // value for 'comment'
 *   },
 * });
 */
export function useRateTicketMutation(options: VueApolloComposable.UseMutationOptions<RateTicketMutation, RateTicketMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RateTicketMutation, RateTicketMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RateTicketMutation, RateTicketMutationVariables>(RateTicketDocument, options);
}
export type RateTicketMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RateTicketMutation, RateTicketMutationVariables>;