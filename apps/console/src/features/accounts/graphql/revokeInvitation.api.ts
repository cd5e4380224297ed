import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RevokeInvitationMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, status: Types.InvitationStatus } };


export const RevokeInvitationDocument = gql`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    id
    status
  }
}
    `;

/**
 * __useRevokeInvitationMutation__
 *
 * To run a mutation, you first call `useRevokeInvitationMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRevokeInvitationMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRevokeInvitationMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function useRevokeInvitationMutation(options: VueApolloComposable.UseMutationOptions<RevokeInvitationMutation, RevokeInvitationMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RevokeInvitationMutation, RevokeInvitationMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RevokeInvitationMutation, RevokeInvitationMutationVariables>(RevokeInvitationDocument, options);
}
export type RevokeInvitationMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RevokeInvitationMutation, RevokeInvitationMutationVariables>;