import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ApiTokenRowFragmentDoc } from './apiTokenRow.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RevokeApiTokenMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'ApiToken', id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, rateLimitPerMinute: number, user: { __typename?: 'User', id: string, email: string, fullName: string, organization: { __typename?: 'Organization', id: string, name: string } | null } } };


export const RevokeApiTokenDocument = gql`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    ...ApiTokenRow
  }
}
    ${ApiTokenRowFragmentDoc}`;

/**
 * __useRevokeApiTokenMutation__
 *
 * To run a mutation, you first call `useRevokeApiTokenMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRevokeApiTokenMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRevokeApiTokenMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function useRevokeApiTokenMutation(options: VueApolloComposable.UseMutationOptions<RevokeApiTokenMutation, RevokeApiTokenMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>(RevokeApiTokenDocument, options);
}
export type RevokeApiTokenMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;