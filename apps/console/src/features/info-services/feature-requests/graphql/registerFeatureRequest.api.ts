import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FeatureRequestFieldsFragmentDoc } from './featureRequestFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RegisterFeatureRequestMutationVariables = Types.Exact<{
  input: Types.RegisterFeatureRequestInput;
}>;


export type RegisterFeatureRequestMutation = { __typename?: 'Mutation', registerFeatureRequest: { __typename?: 'FeatureRequest', id: string, number: string, title: string, description: string, status: Types.FeatureRequestStatus, statusNote: string | null, statusChangedAt: string, createdAt: string, updatedAt: string, requestingOrganizationsCount: number, product: { __typename?: 'Product', id: string, name: string } | null, tickets: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, organization: { __typename?: 'Organization', id: string, name: string } }> } };


export const RegisterFeatureRequestDocument = gql`
    mutation RegisterFeatureRequest($input: RegisterFeatureRequestInput!) {
  registerFeatureRequest(input: $input) {
    ...FeatureRequestFields
  }
}
    ${FeatureRequestFieldsFragmentDoc}`;

/**
 * __useRegisterFeatureRequestMutation__
 *
 * To run a mutation, you first call `useRegisterFeatureRequestMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRegisterFeatureRequestMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRegisterFeatureRequestMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useRegisterFeatureRequestMutation(options: VueApolloComposable.UseMutationOptions<RegisterFeatureRequestMutation, RegisterFeatureRequestMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RegisterFeatureRequestMutation, RegisterFeatureRequestMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RegisterFeatureRequestMutation, RegisterFeatureRequestMutationVariables>(RegisterFeatureRequestDocument, options);
}
export type RegisterFeatureRequestMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RegisterFeatureRequestMutation, RegisterFeatureRequestMutationVariables>;