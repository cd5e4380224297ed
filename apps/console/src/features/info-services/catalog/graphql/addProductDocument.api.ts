import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type AddProductDocumentMutationVariables = Types.Exact<{
  input: Types.AddProductDocumentInput;
}>;


export type AddProductDocumentMutation = { __typename?: 'Mutation', addProductDocument: { __typename?: 'ProductDocument', id: string, title: string, latest: boolean } };


export const AddProductDocumentDocument = gql`
    mutation AddProductDocument($input: AddProductDocumentInput!) {
  addProductDocument(input: $input) {
    id
    title
    latest
  }
}
    `;

/**
 * __useAddProductDocumentMutation__
 *
 * To run a mutation, you first call `useAddProductDocumentMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useAddProductDocumentMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useAddProductDocumentMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useAddProductDocumentMutation(options: VueApolloComposable.UseMutationOptions<AddProductDocumentMutation, AddProductDocumentMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<AddProductDocumentMutation, AddProductDocumentMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<AddProductDocumentMutation, AddProductDocumentMutationVariables>(AddProductDocumentDocument, options);
}
export type AddProductDocumentMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<AddProductDocumentMutation, AddProductDocumentMutationVariables>;