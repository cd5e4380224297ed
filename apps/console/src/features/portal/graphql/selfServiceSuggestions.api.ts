import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SelfServiceSuggestionsQueryVariables = Types.Exact<{
  productId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  text: Types.Scalars['String']['input'];
}>;


export type SelfServiceSuggestionsQuery = { __typename?: 'Query', selfServiceSuggestions: { __typename?: 'SelfServiceSuggestions', articles: Array<{ __typename?: 'FaqArticle', id: string, slug: string, title: string }>, documents: Array<{ __typename?: 'ProductDocument', id: string, title: string, productVersion: string, edition: string | null, downloadUrl: string | null }> } };


export const SelfServiceSuggestionsDocument = gql`
    query SelfServiceSuggestions($productId: ID, $text: String!) {
  selfServiceSuggestions(productId: $productId, text: $text, first: 5) {
    articles {
      id
      slug
      title
    }
    documents {
      id
      title
      productVersion
      edition
      downloadUrl
    }
  }
}
    `;

/**
 * __useSelfServiceSuggestionsQuery__
 *
 * To run a query within a Vue component, call `useSelfServiceSuggestionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSelfServiceSuggestionsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useSelfServiceSuggestionsQuery({
 *   productId: // value for 'productId'
 *   text: // value for 'text'
 * });
 */
export function useSelfServiceSuggestionsQuery(variables: SelfServiceSuggestionsQueryVariables | VueCompositionApi.Ref<SelfServiceSuggestionsQueryVariables> | ReactiveFunction<SelfServiceSuggestionsQueryVariables>, options: VueApolloComposable.UseQueryOptions<SelfServiceSuggestionsQuery, SelfServiceSuggestionsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SelfServiceSuggestionsQuery, SelfServiceSuggestionsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SelfServiceSuggestionsQuery, SelfServiceSuggestionsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<SelfServiceSuggestionsQuery, SelfServiceSuggestionsQueryVariables>(SelfServiceSuggestionsDocument, variables, options);
}
export function useSelfServiceSuggestionsLazyQuery(variables?: SelfServiceSuggestionsQueryVariables | VueCompositionApi.Ref<SelfServiceSuggestionsQueryVariables> | ReactiveFunction<SelfServiceSuggestionsQueryVariables>, options: VueApolloComposable.UseQueryOptions<SelfServiceSuggestionsQuery, SelfServiceSuggestionsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SelfServiceSuggestionsQuery, SelfServiceSuggestionsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SelfServiceSuggestionsQuery, SelfServiceSuggestionsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<SelfServiceSuggestionsQuery, SelfServiceSuggestionsQueryVariables>(SelfServiceSuggestionsDocument, variables, options);
}
export type SelfServiceSuggestionsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<SelfServiceSuggestionsQuery, SelfServiceSuggestionsQueryVariables>;