import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type WithdrawProductDocumentMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type WithdrawProductDocumentMutation = { __typename?: 'Mutation', withdrawProductDocument: boolean };


export const WithdrawProductDocumentDocument = gql`
    mutation WithdrawProductDocument($id: ID!) {
  withdrawProductDocument(id: $id)
}
    `;

/**
 * __useWithdrawProductDocumentMutation__
 *
 * To run a mutation, you first call `useWithdrawProductDocumentMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useWithdrawProductDocumentMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useWithdrawProductDocumentMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function useWithdrawProductDocumentMutation(options: VueApolloComposable.UseMutationOptions<WithdrawProductDocumentMutation, WithdrawProductDocumentMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<WithdrawProductDocumentMutation, WithdrawProductDocumentMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<WithdrawProductDocumentMutation, WithdrawProductDocumentMutationVariables>(WithdrawProductDocumentDocument, options);
}
export type WithdrawProductDocumentMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<WithdrawProductDocumentMutation, WithdrawProductDocumentMutationVariables>;