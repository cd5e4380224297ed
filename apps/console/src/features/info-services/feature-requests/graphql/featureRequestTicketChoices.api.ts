import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type FeatureRequestTicketChoicesQueryVariables = Types.Exact<{
  first: Types.Scalars['Int']['input'];
}>;


export type FeatureRequestTicketChoicesQuery = { __typename?: 'Query', featureTickets: { __typename?: 'TicketConnection', edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, number: string, subject: string, category: Types.TicketCategory, organization: { __typename?: 'Organization', id: string, name: string } } }> }, recentTickets: { __typename?: 'TicketConnection', edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, number: string, subject: string, category: Types.TicketCategory, organization: { __typename?: 'Organization', id: string, name: string } } }> } };

export type TicketChoiceFragment = { __typename?: 'Ticket', id: string, number: string, subject: string, category: Types.TicketCategory, organization: { __typename?: 'Organization', id: string, name: string } };

export const TicketChoiceFragmentDoc = gql`
    fragment TicketChoice on Ticket {
  id
  number
  subject
  category
  organization {
    id
    name
  }
}
    `;
export const FeatureRequestTicketChoicesDocument = gql`
    query FeatureRequestTicketChoices($first: Int!) {
  featureTickets: tickets(first: $first, filter: {categories: [FEATURE_REQUEST]}) {
    edges {
      node {
        ...TicketChoice
      }
    }
  }
  recentTickets: tickets(first: $first) {
    edges {
      node {
        ...TicketChoice
      }
    }
  }
}
    ${TicketChoiceFragmentDoc}`;

/**
 * __useFeatureRequestTicketChoicesQuery__
 *
 * To run a query within a Vue component, call `useFeatureRequestTicketChoicesQuery` and pass it any options that fit your needs.
 * When your component renders, `useFeatureRequestTicketChoicesQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useFeatureRequestTicketChoicesQuery({
 *   first: // value for 'first'
 * });
 */
export function useFeatureRequestTicketChoicesQuery(variables: FeatureRequestTicketChoicesQueryVariables | VueCompositionApi.Ref<FeatureRequestTicketChoicesQueryVariables> | ReactiveFunction<FeatureRequestTicketChoicesQueryVariables>, options: VueApolloComposable.UseQueryOptions<FeatureRequestTicketChoicesQuery, FeatureRequestTicketChoicesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<FeatureRequestTicketChoicesQuery, FeatureRequestTicketChoicesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<FeatureRequestTicketChoicesQuery, FeatureRequestTicketChoicesQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<FeatureRequestTicketChoicesQuery, FeatureRequestTicketChoicesQueryVariables>(FeatureRequestTicketChoicesDocument, variables, options);
}
export function useFeatureRequestTicketChoicesLazyQuery(variables?: FeatureRequestTicketChoicesQueryVariables | VueCompositionApi.Ref<FeatureRequestTicketChoicesQueryVariables> | ReactiveFunction<FeatureRequestTicketChoicesQueryVariables>, options: VueApolloComposable.UseQueryOptions<FeatureRequestTicketChoicesQuery, FeatureRequestTicketChoicesQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<FeatureRequestTicketChoicesQuery, FeatureRequestTicketChoicesQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<FeatureRequestTicketChoicesQuery, FeatureRequestTicketChoicesQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<FeatureRequestTicketChoicesQuery, FeatureRequestTicketChoicesQueryVariables>(FeatureRequestTicketChoicesDocument, variables, options);
}
export type FeatureRequestTicketChoicesQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<FeatureRequestTicketChoicesQuery, FeatureRequestTicketChoicesQueryVariables>;