import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FaqArticleDetailFragmentDoc } from './faqArticleDetail.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CreateFaqArticleMutationVariables = Types.Exact<{
  input: Types.CreateFaqArticleInput;
}>;


export type CreateFaqArticleMutation = { __typename?: 'Mutation', createFaqArticle: { __typename?: 'FaqArticle', id: string, slug: string, title: string, body: string, bodyHtml: string, tags: Array<string>, productVersion: string | null, published: boolean, publishedAt: string | null, updatedAt: string, product: { __typename?: 'Product', id: string, name: string } | null } };


export const CreateFaqArticleDocument = gql`
    mutation CreateFaqArticle($input: CreateFaqArticleInput!) {
  createFaqArticle(input: $input) {
    ...FaqArticleDetail
  }
}
    ${FaqArticleDetailFragmentDoc}`;

/**
 * __useCreateFaqArticleMutation__
 *
 * To run a mutation, you first call `useCreateFaqArticleMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCreateFaqArticleMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCreateFaqArticleMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useCreateFaqArticleMutation(options: VueApolloComposable.UseMutationOptions<CreateFaqArticleMutation, CreateFaqArticleMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CreateFaqArticleMutation, CreateFaqArticleMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CreateFaqArticleMutation, CreateFaqArticleMutationVariables>(CreateFaqArticleDocument, options);
}
export type CreateFaqArticleMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CreateFaqArticleMutation, CreateFaqArticleMutationVariables>;