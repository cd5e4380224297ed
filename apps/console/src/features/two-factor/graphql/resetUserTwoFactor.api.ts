import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ResetUserTwoFactorMutationVariables = Types.Exact<{
  userId: Types.Scalars['ID']['input'];
}>;


export type ResetUserTwoFactorMutation = { __typename?: 'Mutation', resetUserTwoFactor: { __typename?: 'User', id: string, twoFactorEnabled: boolean | null } };


export const ResetUserTwoFactorDocument = gql`
    mutation ResetUserTwoFactor($userId: ID!) {
  resetUserTwoFactor(userId: $userId) {
    id
    twoFactorEnabled
  }
}
    `;

/**
 * __useResetUserTwoFactorMutation__
 *
 * To run a mutation, you first call `useResetUserTwoFactorMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useResetUserTwoFactorMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useResetUserTwoFactorMutation({
 *   variables: {
 *     userId: // value for 'userId'
 *   },
 * });
 */
export function useResetUserTwoFactorMutation(options: VueApolloComposable.UseMutationOptions<ResetUserTwoFactorMutation, ResetUserTwoFactorMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ResetUserTwoFactorMutation, ResetUserTwoFactorMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ResetUserTwoFactorMutation, ResetUserTwoFactorMutationVariables>(ResetUserTwoFactorDocument, options);
}
export type ResetUserTwoFactorMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ResetUserTwoFactorMutation, ResetUserTwoFactorMutationVariables>;