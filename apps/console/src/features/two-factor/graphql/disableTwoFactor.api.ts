import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type DisableTwoFactorMutationVariables = Types.Exact<{
  code?: Types.InputMaybe<Types.Scalars['String']['input']>;
  password?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type DisableTwoFactorMutation = { __typename?: 'Mutation', disableTwoFactor: { __typename?: 'TwoFactorStatus', enabled: boolean, enabledAt: string | null, recoveryCodesLeft: number, required: boolean } };


export const DisableTwoFactorDocument = gql`
    mutation DisableTwoFactor($code: String, $password: String) {
  disableTwoFactor(code: $code, password: $password) {
    enabled
    enabledAt
    recoveryCodesLeft
    required
  }
}
    `;

/**
 * __useDisableTwoFactorMutation__
 *
 * To run a mutation, you first call `useDisableTwoFactorMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useDisableTwoFactorMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useDisableTwoFactorMutation({
 *   variables: {
 *     code: // value for 'code'
 *     password: // value for 'password'
 *   },
 * });
 */
export function useDisableTwoFactorMutation(options: VueApolloComposable.UseMutationOptions<DisableTwoFactorMutation, DisableTwoFactorMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>(DisableTwoFactorDocument, options);
}
export type DisableTwoFactorMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;