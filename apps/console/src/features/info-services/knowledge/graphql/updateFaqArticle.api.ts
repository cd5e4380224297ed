import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FaqArticleDetailFragmentDoc } from './faqArticleDetail.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type UpdateFaqArticleMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  input: Types.UpdateFaqArticleInput;
}>;


export type UpdateFaqArticleMutation = { __typename?: 'Mutation', updateFaqArticle: { __typename?: 'FaqArticle', id: string, slug: string, title: string, body: string, bodyHtml: string, tags: Array<string>, productVersion: string | null, published: boolean, publishedAt: string | null, updatedAt: string, product: { __typename?: 'Product', id: string, name: string } | null } };


export const UpdateFaqArticleDocument = gql`
    mutation UpdateFaqArticle($id: ID!, $input: UpdateFaqArticleInput!) {
  updateFaqArticle(id: $id, input: $input) {
    ...FaqArticleDetail
  }
}
    ${FaqArticleDetailFragmentDoc}`;

/**
 * __useUpdateFaqArticleMutation__
 *
 * To run a mutation, you first call `useUpdateFaqArticleMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useUpdateFaqArticleMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useUpdateFaqArticleMutation({
 *   variables: {
 *     id: // value for 'id'
 *     input: // value for 'input'
 *   },
 * });
 */
export function useUpdateFaqArticleMutation(options: VueApolloComposable.UseMutationOptions<UpdateFaqArticleMutation, UpdateFaqArticleMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<UpdateFaqArticleMutation, UpdateFaqArticleMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<UpdateFaqArticleMutation, UpdateFaqArticleMutationVariables>(UpdateFaqArticleDocument, options);
}
export type UpdateFaqArticleMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<UpdateFaqArticleMutation, UpdateFaqArticleMutationVariables>;