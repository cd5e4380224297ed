import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ReplyTemplateFieldsFragmentDoc } from './replyTemplateFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ReplyTemplatesQueryVariables = Types.Exact<{
  search?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type ReplyTemplatesQuery = { __typename?: 'Query', replyTemplates: Array<{ __typename?: 'ReplyTemplate', id: string, title: string, bodyRu: string, bodyEn: string | null, shared: boolean, editable: boolean }> };


export const ReplyTemplatesDocument = gql`
    query ReplyTemplates($search: String) {
  replyTemplates(search: $search) {
    ...ReplyTemplateFields
  }
}
    ${ReplyTemplateFieldsFragmentDoc}`;

/**
 * __useReplyTemplatesQuery__
 *
 * To run a query within a Vue component, call `useReplyTemplatesQuery` and pass it any options that fit your needs.
 * When your component renders, `useReplyTemplatesQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useReplyTemplatesQuery({
 *   search: // value for 'search'
 * });
 */
export function useReplyTemplatesQuery(variables: ReplyTemplatesQueryVariables | VueCompositionApi.Ref<ReplyTemplatesQueryVariables> | ReactiveFunction<ReplyTemplatesQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<ReplyTemplatesQuery, ReplyTemplatesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ReplyTemplatesQuery, ReplyTemplatesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ReplyTemplatesQuery, ReplyTemplatesQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<ReplyTemplatesQuery, ReplyTemplatesQueryVariables>(ReplyTemplatesDocument, variables, options);
}
export function useReplyTemplatesLazyQuery(variables: ReplyTemplatesQueryVariables | VueCompositionApi.Ref<ReplyTemplatesQueryVariables> | ReactiveFunction<ReplyTemplatesQueryVariables> = {}, options: VueApolloComposable.UseQueryOptions<ReplyTemplatesQuery, ReplyTemplatesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<ReplyTemplatesQuery, ReplyTemplatesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<ReplyTemplatesQuery, ReplyTemplatesQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<ReplyTemplatesQuery, ReplyTemplatesQueryVariables>(ReplyTemplatesDocument, variables, options);
}
export type ReplyTemplatesQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<ReplyTemplatesQuery, ReplyTemplatesQueryVariables>;