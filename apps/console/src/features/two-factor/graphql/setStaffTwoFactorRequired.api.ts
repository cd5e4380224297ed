import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SetStaffTwoFactorRequiredMutationVariables = Types.Exact<{
  required: Types.Scalars['Boolean']['input'];
}>;


export type SetStaffTwoFactorRequiredMutation = { __typename?: 'Mutation', setStaffTwoFactorRequired: { __typename?: 'SecuritySettings', staffTwoFactorRequired: boolean, updatedAt: string | null } };


export const SetStaffTwoFactorRequiredDocument = gql`
    mutation SetStaffTwoFactorRequired($required: Boolean!) {
  setStaffTwoFactorRequired(required: $required) {
    staffTwoFactorRequired
    updatedAt
  }
}
    `;

/**
 * __useSetStaffTwoFactorRequiredMutation__
 *
 * To run a mutation, you first call `useSetStaffTwoFactorRequiredMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useSetStaffTwoFactorRequiredMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useSetStaffTwoFactorRequiredMutation({
 *   variables: {
 *     required: // value for 'required'
 *   },
 * });
 */
export function useSetStaffTwoFactorRequiredMutation(options: VueApolloComposable.UseMutationOptions<SetStaffTwoFactorRequiredMutation, SetStaffTwoFactorRequiredMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<SetStaffTwoFactorRequiredMutation, SetStaffTwoFactorRequiredMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<SetStaffTwoFactorRequiredMutation, SetStaffTwoFactorRequiredMutationVariables>(SetStaffTwoFactorRequiredDocument, options);
}
export type SetStaffTwoFactorRequiredMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<SetStaffTwoFactorRequiredMutation, SetStaffTwoFactorRequiredMutationVariables>;