import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type BeginTwoFactorEnrolmentMutationVariables = Types.Exact<{
  challenge?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type BeginTwoFactorEnrolmentMutation = { __typename?: 'Mutation', beginTwoFactorEnrolment: { __typename?: 'TwoFactorSetup', secret: string, otpauthUri: string, qrCodeDataUrl: string } };


export const BeginTwoFactorEnrolmentDocument = gql`
    mutation BeginTwoFactorEnrolment($challenge: String) {
  beginTwoFactorEnrolment(challenge: $challenge) {
    secret
    otpauthUri
    qrCodeDataUrl
  }
}
    `;

/**
 * __useBeginTwoFactorEnrolmentMutation__
 *
 * To run a mutation, you first call `useBeginTwoFactorEnrolmentMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useBeginTwoFactorEnrolmentMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useBeginTwoFactorEnrolmentMutation({
 *   variables: {
 *     challenge: // value for 'challenge'
 *   },
 * });
 */
export function useBeginTwoFactorEnrolmentMutation(options: VueApolloComposable.UseMutationOptions<BeginTwoFactorEnrolmentMutation, BeginTwoFactorEnrolmentMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<BeginTwoFactorEnrolmentMutation, BeginTwoFactorEnrolmentMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<BeginTwoFactorEnrolmentMutation, BeginTwoFactorEnrolmentMutationVariables>(BeginTwoFactorEnrolmentDocument, options);
}
export type BeginTwoFactorEnrolmentMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<BeginTwoFactorEnrolmentMutation, BeginTwoFactorEnrolmentMutationVariables>;