import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { SessionUserFragmentDoc } from '../../../stores/graphql/sessionUser.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ConfirmTwoFactorEnrolmentMutationVariables = Types.Exact<{
  code: Types.Scalars['String']['input'];
  challenge?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type ConfirmTwoFactorEnrolmentMutation = { __typename?: 'Mutation', confirmTwoFactorEnrolment: { __typename?: 'TwoFactorEnabled', recoveryCodes: Array<string>, token: string, user: { __typename?: 'User', id: string, email: string, fullName: string, role: Types.Role, organizationAdmin: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: Types.OrganizationKind } | null } } };


export const ConfirmTwoFactorEnrolmentDocument = gql`
    mutation ConfirmTwoFactorEnrolment($code: String!, $challenge: String) {
  confirmTwoFactorEnrolment(code: $code, challenge: $challenge) {
    recoveryCodes
    token
    user {
      ...SessionUser
    }
  }
}
    ${SessionUserFragmentDoc}`;

/**
 * __useConfirmTwoFactorEnrolmentMutation__
 *
 * To run a mutation, you first call `useConfirmTwoFactorEnrolmentMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useConfirmTwoFactorEnrolmentMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useConfirmTwoFactorEnrolmentMutation({
 *   variables: {
 *     code: // value for 'code'
 *     challenge: // value for 'challenge'
 *   },
 * });
 */
export function useConfirmTwoFactorEnrolmentMutation(options: VueApolloComposable.UseMutationOptions<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables>(ConfirmTwoFactorEnrolmentDocument, options);
}
export type ConfirmTwoFactorEnrolmentMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables>;