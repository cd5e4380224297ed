import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ReactivateUserMutationVariables = Types.Exact<{
  userId: Types.Scalars['ID']['input'];
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', id: string, active: boolean } };


export const ReactivateUserDocument = gql`
    mutation ReactivateUser($userId: ID!) {
  reactivateUser(userId: $userId) {
    id
    active
  }
}
    `;

/**
 * __useReactivateUserMutation__
 *
 * To run a mutation, you first call `useReactivateUserMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useReactivateUserMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useReactivateUserMutation({
 *   variables: {
 *     userId: // value for 'userId'
 *   },
 * });
 */
export function useReactivateUserMutation(options: VueApolloComposable.UseMutationOptions<ReactivateUserMutation, ReactivateUserMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ReactivateUserMutation, ReactivateUserMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ReactivateUserMutation, ReactivateUserMutationVariables>(ReactivateUserDocument, options);
}
export type ReactivateUserMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ReactivateUserMutation, ReactivateUserMutationVariables>;