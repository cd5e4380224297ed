import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FaqArticleDetailFragmentDoc } from './faqArticleDetail.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type PublishFaqArticleMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type PublishFaqArticleMutation = { __typename?: 'Mutation', publishFaqArticle: { __typename?: 'FaqArticle', id: string, slug: string, title: string, body: string, bodyHtml: string, tags: Array<string>, productVersion: string | null, published: boolean, publishedAt: string | null, updatedAt: string, product: { __typename?: 'Product', id: string, name: string } | null } };


export const PublishFaqArticleDocument = gql`
    mutation PublishFaqArticle($id: ID!) {
  publishFaqArticle(id: $id) {
    ...FaqArticleDetail
  }
}
    ${FaqArticleDetailFragmentDoc}`;

/**
 * __usePublishFaqArticleMutation__
 *
 * To run a mutation, you first call `usePublishFaqArticleMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `usePublishFaqArticleMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = usePublishFaqArticleMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function usePublishFaqArticleMutation(options: VueApolloComposable.UseMutationOptions<PublishFaqArticleMutation, PublishFaqArticleMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<PublishFaqArticleMutation, PublishFaqArticleMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<PublishFaqArticleMutation, PublishFaqArticleMutationVariables>(PublishFaqArticleDocument, options);
}
export type PublishFaqArticleMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<PublishFaqArticleMutation, PublishFaqArticleMutationVariables>;