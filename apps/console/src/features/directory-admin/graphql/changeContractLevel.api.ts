import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ChangeContractLevelMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  supportLevel: Types.SupportLevel;
}>;


export type ChangeContractLevelMutation = { __typename?: 'Mutation', changeContractLevel: { __typename?: 'SupportContract', id: string, supportLevel: Types.SupportLevel } };


export const ChangeContractLevelDocument = gql`
    mutation ChangeContractLevel($id: ID!, $supportLevel: SupportLevel!) {
  changeContractLevel(id: $id, supportLevel: $supportLevel) {
    id
    supportLevel
  }
}
    `;

/**
 * __useChangeContractLevelMutation__
 *
 * To run a mutation, you first call `useChangeContractLevelMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useChangeContractLevelMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useChangeContractLevelMutation({
 *   variables: {
 *     id: // value for 'id'
 *     supportLevel: // value for 'supportLevel'
 *   },
 * });
 */
export function useChangeContractLevelMutation(options: VueApolloComposable.UseMutationOptions<ChangeContractLevelMutation, ChangeContractLevelMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ChangeContractLevelMutation, ChangeContractLevelMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ChangeContractLevelMutation, ChangeContractLevelMutationVariables>(ChangeContractLevelDocument, options);
}
export type ChangeContractLevelMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ChangeContractLevelMutation, ChangeContractLevelMutationVariables>;