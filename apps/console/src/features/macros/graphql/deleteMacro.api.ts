import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type DeleteMacroMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type DeleteMacroMutation = { __typename?: 'Mutation', deleteMacro: boolean };


export const DeleteMacroDocument = gql`
    mutation DeleteMacro($id: ID!) {
  deleteMacro(id: $id)
}
    `;

/**
 * __useDeleteMacroMutation__
 *
 * To run a mutation, you first call `useDeleteMacroMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useDeleteMacroMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useDeleteMacroMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function useDeleteMacroMutation(options: VueApolloComposable.UseMutationOptions<DeleteMacroMutation, DeleteMacroMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<DeleteMacroMutation, DeleteMacroMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<DeleteMacroMutation, DeleteMacroMutationVariables>(DeleteMacroDocument, options);
}
export type DeleteMacroMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<DeleteMacroMutation, DeleteMacroMutationVariables>;