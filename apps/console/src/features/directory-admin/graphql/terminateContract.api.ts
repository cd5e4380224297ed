import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type TerminateContractMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type TerminateContractMutation = { __typename?: 'Mutation', terminateContract: { __typename?: 'SupportContract', id: string, validUntil: string, active: boolean, terminatedAt: string | null } };


export const TerminateContractDocument = gql`
    mutation TerminateContract($id: ID!) {
  terminateContract(id: $id) {
    id
    validUntil
    active
    terminatedAt
  }
}
    `;

/**
 * __useTerminateContractMutation__
 *
 * To run a mutation, you first call `useTerminateContractMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useTerminateContractMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useTerminateContractMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function useTerminateContractMutation(options: VueApolloComposable.UseMutationOptions<TerminateContractMutation, TerminateContractMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<TerminateContractMutation, TerminateContractMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<TerminateContractMutation, TerminateContractMutationVariables>(TerminateContractDocument, options);
}
export type TerminateContractMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<TerminateContractMutation, TerminateContractMutationVariables>;