import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ApiTokenRowFragmentDoc } from './apiTokenRow.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CreateApiTokenMutationVariables = Types.Exact<{
  userId: Types.Scalars['ID']['input'];
  name: Types.Scalars['String']['input'];
  rateLimitPerMinute?: Types.InputMaybe<Types.Scalars['Int']['input']>;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'ApiTokenCreated', token: string, apiToken: { __typename?: 'ApiToken', id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, rateLimitPerMinute: number, user: { __typename?: 'User', id: string, email: string, fullName: string, organization: { __typename?: 'Organization', id: string, name: string } | null } } } };


export const CreateApiTokenDocument = gql`
    mutation CreateApiToken($userId: ID!, $name: String!, $rateLimitPerMinute: Int) {
  createApiToken(
    userId: $userId
    name: $name
    rateLimitPerMinute: $rateLimitPerMinute
  ) {
    token
    apiToken {
      ...ApiTokenRow
    }
  }
}
    ${ApiTokenRowFragmentDoc}`;

/**
 * __useCreateApiTokenMutation__
 *
 * To run a mutation, you first call `useCreateApiTokenMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCreateApiTokenMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCreateApiTokenMutation({
 *   variables: {
 *     userId: // value for 'userId'
 *     name: // value for 'name'
 *     rateLimitPerMinute: // value for 'rateLimitPerMinute'
 *   },
 * });
 */
export function useCreateApiTokenMutation(options: VueApolloComposable.UseMutationOptions<CreateApiTokenMutation, CreateApiTokenMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CreateApiTokenMutation, CreateApiTokenMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CreateApiTokenMutation, CreateApiTokenMutationVariables>(CreateApiTokenDocument, options);
}
export type CreateApiTokenMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CreateApiTokenMutation, CreateApiTokenMutationVariables>;