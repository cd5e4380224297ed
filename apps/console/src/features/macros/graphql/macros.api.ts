import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { MacroFieldsFragmentDoc } from './macroFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type MacrosQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type MacrosQuery = { __typename?: 'Query', macros: Array<{ __typename?: 'Macro', id: string, name: string, shared: boolean, editable: boolean, replyKind: Types.MessageKind | null, targetStatus: Types.TicketStatus | null, resolution: Types.Resolution | null, assignment: Types.MacroAssignment | null, replyTemplate: { __typename?: 'ReplyTemplate', id: string, title: string } | null, assignee: { __typename?: 'User', id: string, fullName: string } | null }> };


export const MacrosDocument = gql`
    query Macros {
  macros {
    ...MacroFields
  }
}
    ${MacroFieldsFragmentDoc}`;

/**
 * __useMacrosQuery__
 *
 * To run a query within a Vue component, call `useMacrosQuery` and pass it any options that fit your needs.
 * When your component renders, `useMacrosQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useMacrosQuery();
 */
export function useMacrosQuery(options: VueApolloComposable.UseQueryOptions<MacrosQuery, MacrosQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<MacrosQuery, MacrosQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<MacrosQuery, MacrosQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<MacrosQuery, MacrosQueryVariables>(MacrosDocument, {}, options);
}
export function useMacrosLazyQuery(options: VueApolloComposable.UseQueryOptions<MacrosQuery, MacrosQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<MacrosQuery, MacrosQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<MacrosQuery, MacrosQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<MacrosQuery, MacrosQueryVariables>(MacrosDocument, {}, options);
}
export type MacrosQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<MacrosQuery, MacrosQueryVariables>;