import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type DeleteReplyTemplateMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type DeleteReplyTemplateMutation = { __typename?: 'Mutation', deleteReplyTemplate: boolean };


export const DeleteReplyTemplateDocument = gql`
    mutation DeleteReplyTemplate($id: ID!) {
  deleteReplyTemplate(id: $id)
}
    `;

/**
 * __useDeleteReplyTemplateMutation__
 *
 * To run a mutation, you first call `useDeleteReplyTemplateMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useDeleteReplyTemplateMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useDeleteReplyTemplateMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function useDeleteReplyTemplateMutation(options: VueApolloComposable.UseMutationOptions<DeleteReplyTemplateMutation, DeleteReplyTemplateMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<DeleteReplyTemplateMutation, DeleteReplyTemplateMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<DeleteReplyTemplateMutation, DeleteReplyTemplateMutationVariables>(DeleteReplyTemplateDocument, options);
}
export type DeleteReplyTemplateMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<DeleteReplyTemplateMutation, DeleteReplyTemplateMutationVariables>;