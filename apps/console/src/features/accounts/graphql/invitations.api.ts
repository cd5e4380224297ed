import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type InvitationsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, fullName: string, role: Types.Role, status: Types.InvitationStatus, expiresAt: string, organization: { __typename?: 'Organization', id: string, name: string } | null }> };


export const InvitationsDocument = gql`
    query Invitations {
  invitations {
    id
    email
    fullName
    role
    status
    expiresAt
    organization {
      id
      name
    }
  }
}
    `;

/**
 * __useInvitationsQuery__
 *
 * To run a query within a Vue component, call `useInvitationsQuery` and pass it any options that fit your needs.
 * When your component renders, `useInvitationsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useInvitationsQuery();
 */
export function useInvitationsQuery(options: VueApolloComposable.UseQueryOptions<InvitationsQuery, InvitationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<InvitationsQuery, InvitationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<InvitationsQuery, InvitationsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<InvitationsQuery, InvitationsQueryVariables>(InvitationsDocument, {}, options);
}
export function useInvitationsLazyQuery(options: VueApolloComposable.UseQueryOptions<InvitationsQuery, InvitationsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<InvitationsQuery, InvitationsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<InvitationsQuery, InvitationsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<InvitationsQuery, InvitationsQueryVariables>(InvitationsDocument, {}, options);
}
export type InvitationsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<InvitationsQuery, InvitationsQueryVariables>;