import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { SessionUserFragmentDoc } from '../../../stores/graphql/sessionUser.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ChangeOwnPasswordMutationVariables = Types.Exact<{
  currentPassword: Types.Scalars['String']['input'];
  newPassword: Types.Scalars['String']['input'];
}>;


export type ChangeOwnPasswordMutation = { __typename?: 'Mutation', changeOwnPassword: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, email: string, fullName: string, role: Types.Role, organizationAdmin: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: Types.OrganizationKind } | null } } };


export const ChangeOwnPasswordDocument = gql`
    mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
  changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    token
    user {
      ...SessionUser
    }
  }
}
    ${SessionUserFragmentDoc}`;

/**
 * __useChangeOwnPasswordMutation__
 *
 * To run a mutation, you first call `useChangeOwnPasswordMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useChangeOwnPasswordMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useChangeOwnPasswordMutation({
 *   variables: {
 *     currentPassword: // value for 'currentPassword'
 *     newPassword: // value for 'newPassword'
 *   },
 * });
 */
export function useChangeOwnPasswordMutation(options: VueApolloComposable.UseMutationOptions<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>(ChangeOwnPasswordDocument, options);
}
export type ChangeOwnPasswordMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;