import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SearchTicketsQueryVariables = Types.Exact<{
  query: Types.Scalars['String']['input'];
  first: Types.Scalars['Int']['input'];
}>;


export type SearchTicketsQuery = { __typename?: 'Query', searchTickets: { __typename?: 'TicketSearchConnection', totalCount: number, edges: Array<{ __typename?: 'TicketSearchEdge', node: { __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, organization: { __typename?: 'Organization', id: string, name: string } }, excerpts: Array<{ __typename?: 'SearchExcerpt', field: string, text: string, highlights: Array<{ __typename?: 'TextRange', start: number, length: number }> }> }> } };


export const SearchTicketsDocument = gql`
    query SearchTickets($query: String!, $first: Int!) {
  searchTickets(query: $query, first: $first) {
    totalCount
    edges {
      node {
        id
        number
        subject
        status
        organization {
          id
          name
        }
      }
      excerpts {
        field
        text
        highlights {
          start
          length
        }
      }
    }
  }
}
    `;

/**
 * __useSearchTicketsQuery__
 *
 * To run a query within a Vue component, call `useSearchTicketsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSearchTicketsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useSearchTicketsQuery({
 *   query: // value for 'query'
 *   first: // value for 'first'
 * });
 */
export function useSearchTicketsQuery(variables: SearchTicketsQueryVariables | VueCompositionApi.Ref<SearchTicketsQueryVariables> | ReactiveFunction<SearchTicketsQueryVariables>, options: VueApolloComposable.UseQueryOptions<SearchTicketsQuery, SearchTicketsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SearchTicketsQuery, SearchTicketsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SearchTicketsQuery, SearchTicketsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<SearchTicketsQuery, SearchTicketsQueryVariables>(SearchTicketsDocument, variables, options);
}
export function useSearchTicketsLazyQuery(variables?: SearchTicketsQueryVariables | VueCompositionApi.Ref<SearchTicketsQueryVariables> | ReactiveFunction<SearchTicketsQueryVariables>, options: VueApolloComposable.UseQueryOptions<SearchTicketsQuery, SearchTicketsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SearchTicketsQuery, SearchTicketsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SearchTicketsQuery, SearchTicketsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<SearchTicketsQuery, SearchTicketsQueryVariables>(SearchTicketsDocument, variables, options);
}
export type SearchTicketsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<SearchTicketsQuery, SearchTicketsQueryVariables>;