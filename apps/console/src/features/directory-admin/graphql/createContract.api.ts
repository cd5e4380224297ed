import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CreateContractMutationVariables = Types.Exact<{
  input: Types.CreateContractInput;
}>;


export type CreateContractMutation = { __typename?: 'Mutation', createContract: { __typename?: 'SupportContract', id: string, identifier: string } };


export const CreateContractDocument = gql`
    mutation CreateContract($input: CreateContractInput!) {
  createContract(input: $input) {
    id
    identifier
  }
}
    `;

/**
 * __useCreateContractMutation__
 *
 * To run a mutation, you first call `useCreateContractMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCreateContractMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCreateContractMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useCreateContractMutation(options: VueApolloComposable.UseMutationOptions<CreateContractMutation, CreateContractMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CreateContractMutation, CreateContractMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CreateContractMutation, CreateContractMutationVariables>(CreateContractDocument, options);
}
export type CreateContractMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CreateContractMutation, CreateContractMutationVariables>;