import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ReplyTemplateFieldsFragmentDoc } from './replyTemplateFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CreateReplyTemplateMutationVariables = Types.Exact<{
  input: Types.ReplyTemplateInput;
}>;


export type CreateReplyTemplateMutation = { __typename?: 'Mutation', createReplyTemplate: { __typename?: 'ReplyTemplate', id: string, title: string, bodyRu: string, bodyEn: string | null, shared: boolean, editable: boolean } };


export const CreateReplyTemplateDocument = gql`
    mutation CreateReplyTemplate($input: ReplyTemplateInput!) {
  createReplyTemplate(input: $input) {
    ...ReplyTemplateFields
  }
}
    ${ReplyTemplateFieldsFragmentDoc}`;

/**
 * __useCreateReplyTemplateMutation__
 *
 * To run a mutation, you first call `useCreateReplyTemplateMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCreateReplyTemplateMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCreateReplyTemplateMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useCreateReplyTemplateMutation(options: VueApolloComposable.UseMutationOptions<CreateReplyTemplateMutation, CreateReplyTemplateMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CreateReplyTemplateMutation, CreateReplyTemplateMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CreateReplyTemplateMutation, CreateReplyTemplateMutationVariables>(CreateReplyTemplateDocument, options);
}
export type CreateReplyTemplateMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CreateReplyTemplateMutation, CreateReplyTemplateMutationVariables>;