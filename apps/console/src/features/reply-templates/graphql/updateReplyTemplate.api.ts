import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ReplyTemplateFieldsFragmentDoc } from './replyTemplateFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type UpdateReplyTemplateMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  input: Types.ReplyTemplateInput;
}>;


export type UpdateReplyTemplateMutation = { __typename?: 'Mutation', updateReplyTemplate: { __typename?: 'ReplyTemplate', id: string, title: string, bodyRu: string, bodyEn: string | null, shared: boolean, editable: boolean } };


export const UpdateReplyTemplateDocument = gql`
    mutation UpdateReplyTemplate($id: ID!, $input: ReplyTemplateInput!) {
  updateReplyTemplate(id: $id, input: $input) {
    ...ReplyTemplateFields
  }
}
    ${ReplyTemplateFieldsFragmentDoc}`;

/**
 * __useUpdateReplyTemplateMutation__
 *
 * To run a mutation, you first call `useUpdateReplyTemplateMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useUpdateReplyTemplateMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useUpdateReplyTemplateMutation({
 *   variables: {
 *     id: // value for 'id'
 *     input: // value for 'input'
 *   },
 * });
 */
export function useUpdateReplyTemplateMutation(options: VueApolloComposable.UseMutationOptions<UpdateReplyTemplateMutation, UpdateReplyTemplateMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<UpdateReplyTemplateMutation, UpdateReplyTemplateMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<UpdateReplyTemplateMutation, UpdateReplyTemplateMutationVariables>(UpdateReplyTemplateDocument, options);
}
export type UpdateReplyTemplateMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<UpdateReplyTemplateMutation, UpdateReplyTemplateMutationVariables>;