import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RegenerateRecoveryCodesMutationVariables = Types.Exact<{
  code: Types.Scalars['String']['input'];
}>;


export type RegenerateRecoveryCodesMutation = { __typename?: 'Mutation', regenerateRecoveryCodes: Array<string> };


export const RegenerateRecoveryCodesDocument = gql`
    mutation RegenerateRecoveryCodes($code: String!) {
  regenerateRecoveryCodes(code: $code)
}
    `;

/**
 * __useRegenerateRecoveryCodesMutation__
 *
 * To run a mutation, you first call `useRegenerateRecoveryCodesMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRegenerateRecoveryCodesMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRegenerateRecoveryCodesMutation({
 *   variables: {
 *     code: // value for 'code'
 *   },
 * });
 */
export function useRegenerateRecoveryCodesMutation(options: VueApolloComposable.UseMutationOptions<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>(RegenerateRecoveryCodesDocument, options);
}
export type RegenerateRecoveryCodesMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;