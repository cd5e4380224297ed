import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ResendInvitationMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type ResendInvitationMutation = { __typename?: 'Mutation', resendInvitation: { __typename?: 'Invitation', id: string, status: Types.InvitationStatus, expiresAt: string } };


export const ResendInvitationDocument = gql`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    id
    status
    expiresAt
  }
}
    `;

/**
 * __useResendInvitationMutation__
 *
 * To run a mutation, you first call `useResendInvitationMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useResendInvitationMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useResendInvitationMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function useResendInvitationMutation(options: VueApolloComposable.UseMutationOptions<ResendInvitationMutation, ResendInvitationMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ResendInvitationMutation, ResendInvitationMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ResendInvitationMutation, ResendInvitationMutationVariables>(ResendInvitationDocument, options);
}
export type ResendInvitationMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ResendInvitationMutation, ResendInvitationMutationVariables>;