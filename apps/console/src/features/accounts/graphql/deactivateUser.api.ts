import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type DeactivateUserMutationVariables = Types.Exact<{
  userId: Types.Scalars['ID']['input'];
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', id: string, active: boolean } };


export const DeactivateUserDocument = gql`
    mutation DeactivateUser($userId: ID!) {
  deactivateUser(userId: $userId) {
    id
    active
  }
}
    `;

/**
 * __useDeactivateUserMutation__
 *
 * To run a mutation, you first call `useDeactivateUserMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useDeactivateUserMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useDeactivateUserMutation({
 *   variables: {
 *     userId: // value for 'userId'
 *   },
 * });
 */
export function useDeactivateUserMutation(options: VueApolloComposable.UseMutationOptions<DeactivateUserMutation, DeactivateUserMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<DeactivateUserMutation, DeactivateUserMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<DeactivateUserMutation, DeactivateUserMutationVariables>(DeactivateUserDocument, options);
}
export type DeactivateUserMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<DeactivateUserMutation, DeactivateUserMutationVariables>;