import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type DeleteViewMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type DeleteViewMutation = { __typename?: 'Mutation', deleteView: boolean };


export const DeleteViewDocument = gql`
    mutation DeleteView($id: ID!) {
  deleteView(id: $id)
}
    `;

/**
 * __useDeleteViewMutation__
 *
 * To run a mutation, you first call `useDeleteViewMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useDeleteViewMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useDeleteViewMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function useDeleteViewMutation(options: VueApolloComposable.UseMutationOptions<DeleteViewMutation, DeleteViewMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<DeleteViewMutation, DeleteViewMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<DeleteViewMutation, DeleteViewMutationVariables>(DeleteViewDocument, options);
}
export type DeleteViewMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<DeleteViewMutation, DeleteViewMutationVariables>;