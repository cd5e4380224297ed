import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { SessionUserFragmentDoc } from '../../../stores/graphql/sessionUser.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CompleteSignInMutationVariables = Types.Exact<{
  challenge: Types.Scalars['String']['input'];
  code?: Types.InputMaybe<Types.Scalars['String']['input']>;
  recoveryCode?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type CompleteSignInMutation = { __typename?: 'Mutation', completeSignIn: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, email: string, fullName: string, role: Types.Role, organizationAdmin: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: Types.OrganizationKind } | null } } };


export const CompleteSignInDocument = gql`
    mutation CompleteSignIn($challenge: String!, $code: String, $recoveryCode: String) {
  completeSignIn(challenge: $challenge, code: $code, recoveryCode: $recoveryCode) {
    token
    user {
      ...SessionUser
    }
  }
}
    ${SessionUserFragmentDoc}`;

/**
 * __useCompleteSignInMutation__
 *
 * To run a mutation, you first call `useCompleteSignInMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCompleteSignInMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCompleteSignInMutation({
 *   variables: {
 *     challenge: // value for 'challenge'
 *     code: // value for 'code'
 *     recoveryCode: // value for 'recoveryCode'
 *   },
 * });
 */
export function useCompleteSignInMutation(options: VueApolloComposable.UseMutationOptions<CompleteSignInMutation, CompleteSignInMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CompleteSignInMutation, CompleteSignInMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CompleteSignInMutation, CompleteSignInMutationVariables>(CompleteSignInDocument, options);
}
export type CompleteSignInMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CompleteSignInMutation, CompleteSignInMutationVariables>;