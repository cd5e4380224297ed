import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FaqArticleSummaryFragmentDoc } from './faqArticleSummary.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type FaqArticlesQueryVariables = Types.Exact<{
  search?: Types.InputMaybe<Types.Scalars['String']['input']>;
  productId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  first: Types.Scalars['Int']['input'];
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
  includeUnpublished?: Types.Scalars['Boolean']['input'];
}>;


export type FaqArticlesQuery = { __typename?: 'Query', faqArticles: { __typename?: 'FaqArticleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'FaqArticleEdge', cursor: string, node: { __typename?: 'FaqArticle', id: string, slug: string, title: string, body: string, tags: Array<string>, productVersion: string | null, published: boolean, updatedAt: string, product: { __typename?: 'Product', id: string, name: string } | null } }> } };


export const FaqArticlesDocument = gql`
    query FaqArticles($search: String, $productId: ID, $first: Int!, $after: String, $includeUnpublished: Boolean! = false) {
  faqArticles(
    search: $search
    productId: $productId
    first: $first
    after: $after
    includeUnpublished: $includeUnpublished
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...FaqArticleSummary
      }
    }
  }
}
    ${FaqArticleSummaryFragmentDoc}`;

/**
 * __useFaqArticlesQuery__
 *
 * To run a query within a Vue component, call `useFaqArticlesQuery` and pass it any options that fit your needs.
 * When your component renders, `useFaqArticlesQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useFaqArticlesQuery({
 *   search: // value for 'search'
 *   productId: // value for 'productId'
 *   first: // value for 'first'
 *   after: // value for 'after'
 *   includeUnpublished: // value for 'includeUnpublished'
 * });
 */
export function useFaqArticlesQuery(variables: FaqArticlesQueryVariables | VueCompositionApi.Ref<FaqArticlesQueryVariables> | ReactiveFunction<FaqArticlesQueryVariables>, options: VueApolloComposable.UseQueryOptions<FaqArticlesQuery, FaqArticlesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<FaqArticlesQuery, FaqArticlesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<FaqArticlesQuery, FaqArticlesQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<FaqArticlesQuery, FaqArticlesQueryVariables>(FaqArticlesDocument, variables, options);
}
export function useFaqArticlesLazyQuery(variables?: FaqArticlesQueryVariables | VueCompositionApi.Ref<FaqArticlesQueryVariables> | ReactiveFunction<FaqArticlesQueryVariables>, options: VueApolloComposable.UseQueryOptions<FaqArticlesQuery, FaqArticlesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<FaqArticlesQuery, FaqArticlesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<FaqArticlesQuery, FaqArticlesQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<FaqArticlesQuery, FaqArticlesQueryVariables>(FaqArticlesDocument, variables, options);
}
export type FaqArticlesQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<FaqArticlesQuery, FaqArticlesQueryVariables>;