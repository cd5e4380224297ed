import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RenderReplyTemplateQueryVariables = Types.Exact<{
  templateId: Types.Scalars['ID']['input'];
  ticketId: Types.Scalars['ID']['input'];
}>;


export type RenderReplyTemplateQuery = { __typename?: 'Query', renderReplyTemplate: { __typename?: 'RenderedReply', locale: Types.Locale, text: string } };


export const RenderReplyTemplateDocument = gql`
    query RenderReplyTemplate($templateId: ID!, $ticketId: ID!) {
  renderReplyTemplate(templateId: $templateId, ticketId: $ticketId) {
    locale
    text
  }
}
    `;

/**
 * __useRenderReplyTemplateQuery__
 *
 * To run a query within a Vue component, call `useRenderReplyTemplateQuery` and pass it any options that fit your needs.
 * When your component renders, `useRenderReplyTemplateQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useRenderReplyTemplateQuery({
 *   templateId: // value for 'templateId'
 *   ticketId: // value for 'ticketId'
 * });
 */
export function useRenderReplyTemplateQuery(variables: RenderReplyTemplateQueryVariables | VueCompositionApi.Ref<RenderReplyTemplateQueryVariables> | ReactiveFunction<RenderReplyTemplateQueryVariables>, options: VueApolloComposable.UseQueryOptions<RenderReplyTemplateQuery, RenderReplyTemplateQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<RenderReplyTemplateQuery, RenderReplyTemplateQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<RenderReplyTemplateQuery, RenderReplyTemplateQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<RenderReplyTemplateQuery, RenderReplyTemplateQueryVariables>(RenderReplyTemplateDocument, variables, options);
}
export function useRenderReplyTemplateLazyQuery(variables?: RenderReplyTemplateQueryVariables | VueCompositionApi.Ref<RenderReplyTemplateQueryVariables> | ReactiveFunction<RenderReplyTemplateQueryVariables>, options: VueApolloComposable.UseQueryOptions<RenderReplyTemplateQuery, RenderReplyTemplateQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<RenderReplyTemplateQuery, RenderReplyTemplateQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<RenderReplyTemplateQuery, RenderReplyTemplateQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<RenderReplyTemplateQuery, RenderReplyTemplateQueryVariables>(RenderReplyTemplateDocument, variables, options);
}
export type RenderReplyTemplateQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<RenderReplyTemplateQuery, RenderReplyTemplateQueryVariables>;