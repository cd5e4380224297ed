import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FaqArticleDetailFragmentDoc } from './faqArticleDetail.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type FaqArticleQueryVariables = Types.Exact<{
  id?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  slug?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type FaqArticleQuery = { __typename?: 'Query', faqArticle: { __typename?: 'FaqArticle', id: string, slug: string, title: string, body: string, bodyHtml: string, tags: Array<string>, productVersion: string | null, published: boolean, publishedAt: string | null, updatedAt: string, product: { __typename?: 'Product', id: string, name: string } | null } | null };


export const FaqArticleDocument = gql`
    query FaqArticle($id: ID, $slug: String) {
  faqArticle(id: $id, slug: $slug) {
    ...FaqArticleDetail
  }
}
    ${FaqArticleDetailFragmentDoc}`;

/**
 * __useFaqArticleQuery__
 *
 * To run a query within a Vue component, call `useFaqArticleQuery` and pass it any options that fit your needs.
 * When your component renders, `useFaqArticleQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useFaqArticleQuery({
 *   id: // value for 'id'
 *   slug: // value for 'slug'
 * });
 */
export function useFaqArticleQuery(variables: FaqArticleQueryVariables | VueCompositionApi.Ref<FaqArticleQueryVariables> | ReactiveFunction<FaqArticleQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<FaqArticleQuery, FaqArticleQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<FaqArticleQuery, FaqArticleQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<FaqArticleQuery, FaqArticleQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<FaqArticleQuery, FaqArticleQueryVariables>(FaqArticleDocument, variables, options);
}
export function useFaqArticleLazyQuery(variables: FaqArticleQueryVariables | VueCompositionApi.Ref<FaqArticleQueryVariables> | ReactiveFunction<FaqArticleQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<FaqArticleQuery, FaqArticleQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<FaqArticleQuery, FaqArticleQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<FaqArticleQuery, FaqArticleQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<FaqArticleQuery, FaqArticleQueryVariables>(FaqArticleDocument, variables, options);
}
export type FaqArticleQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<FaqArticleQuery, FaqArticleQueryVariables>;