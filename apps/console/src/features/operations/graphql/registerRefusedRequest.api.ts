import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RegisterRefusedRequestMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  input: Types.CreateTicketInput;
}>;


export type RegisterRefusedRequestMutation = { __typename?: 'Mutation', registerRefusedRequest: { __typename?: 'Ticket', id: string, number: string } };


export const RegisterRefusedRequestDocument = gql`
    mutation RegisterRefusedRequest($id: ID!, $input: CreateTicketInput!) {
  registerRefusedRequest(id: $id, input: $input) {
    id
    number
  }
}
    `;

/**
 * __useRegisterRefusedRequestMutation__
 *
 * To run a mutation, you first call `useRegisterRefusedRequestMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRegisterRefusedRequestMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRegisterRefusedRequestMutation({
 *   variables: {
 *     id: // value for 'id'
 *     input: // value for 'input'
 *   },
 * });
 */
export function useRegisterRefusedRequestMutation(options: VueApolloComposable.UseMutationOptions<RegisterRefusedRequestMutation, RegisterRefusedRequestMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RegisterRefusedRequestMutation, RegisterRefusedRequestMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RegisterRefusedRequestMutation, RegisterRefusedRequestMutationVariables>(RegisterRefusedRequestDocument, options);
}
export type RegisterRefusedRequestMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RegisterRefusedRequestMutation, RegisterRefusedRequestMutationVariables>;