import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { SessionUserFragmentDoc } from '../../../stores/graphql/sessionUser.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SetPasswordMutationVariables = Types.Exact<{
  token: Types.Scalars['String']['input'];
  password: Types.Scalars['String']['input'];
}>;


export type SetPasswordMutation = { __typename?: 'Mutation', setPassword: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, email: string, fullName: string, role: Types.Role, organizationAdmin: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: Types.OrganizationKind } | null } } };


export const SetPasswordDocument = gql`
    mutation SetPassword($token: String!, $password: String!) {
  setPassword(token: $token, password: $password) {
    token
    user {
      ...SessionUser
    }
  }
}
    ${SessionUserFragmentDoc}`;

/**
 * __useSetPasswordMutation__
 *
 * To run a mutation, you first call `useSetPasswordMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useSetPasswordMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useSetPasswordMutation({
 *   variables: {
 *     token: // value for 'token'
 *     password: // value for 'password'
 *   },
 * });
 */
export function useSetPasswordMutation(options: VueApolloComposable.UseMutationOptions<SetPasswordMutation, SetPasswordMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<SetPasswordMutation, SetPasswordMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<SetPasswordMutation, SetPasswordMutationVariables>(SetPasswordDocument, options);
}
export type SetPasswordMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<SetPasswordMutation, SetPasswordMutationVariables>;