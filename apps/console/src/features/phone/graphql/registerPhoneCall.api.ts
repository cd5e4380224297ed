import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RegisterPhoneCallMutationVariables = Types.Exact<{
  input: Types.CreateTicketInput;
}>;


export type RegisterPhoneCallMutation = { __typename?: 'Mutation', createTicket: { __typename?: 'Ticket', id: string, number: string, status: Types.TicketStatus, channel: Types.Channel, receivedAt: string, responseDueAt: string, rejectionReason: string | null } };


export const RegisterPhoneCallDocument = gql`
    mutation RegisterPhoneCall($input: CreateTicketInput!) {
  createTicket(input: $input) {
    id
    number
    status
    channel
    receivedAt
    responseDueAt
    rejectionReason
  }
}
    `;

/**
 * __useRegisterPhoneCallMutation__
 *
 * To run a mutation, you first call `useRegisterPhoneCallMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRegisterPhoneCallMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRegisterPhoneCallMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useRegisterPhoneCallMutation(options: VueApolloComposable.UseMutationOptions<RegisterPhoneCallMutation, RegisterPhoneCallMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RegisterPhoneCallMutation, RegisterPhoneCallMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RegisterPhoneCallMutation, RegisterPhoneCallMutationVariables>(RegisterPhoneCallDocument, options);
}
export type RegisterPhoneCallMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RegisterPhoneCallMutation, RegisterPhoneCallMutationVariables>;