import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FeatureRequestFieldsFragmentDoc } from './featureRequestFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RegisterFeatureRequestFromTicketMutationVariables = Types.Exact<{
  ticketId: Types.Scalars['ID']['input'];
  title?: Types.InputMaybe<Types.Scalars['String']['input']>;
  description?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type RegisterFeatureRequestFromTicketMutation = { __typename?: 'Mutation', registerFeatureRequestFromTicket: { __typename?: 'FeatureRequest', id: string, number: string, title: string, description: string, status: Types.FeatureRequestStatus, statusNote: string | null, statusChangedAt: string, createdAt: string, updatedAt: string, requestingOrganizationsCount: number, product: { __typename?: 'Product', id: string, name: string } | null, tickets: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, organization: { __typename?: 'Organization', id: string, name: string } }> } };


export const RegisterFeatureRequestFromTicketDocument = gql`
    mutation RegisterFeatureRequestFromTicket($ticketId: ID!, $title: String, $description: String) {
  registerFeatureRequestFromTicket(
    ticketId: $ticketId
    title: $title
    description: $description
  ) {
    ...FeatureRequestFields
  }
}
    ${FeatureRequestFieldsFragmentDoc}`;

/**
 * __useRegisterFeatureRequestFromTicketMutation__
 *
 * To run a mutation, you first call `useRegisterFeatureRequestFromTicketMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRegisterFeatureRequestFromTicketMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRegisterFeatureRequestFromTicketMutation({
 *   variables: {
 *     ticketId: // value for 'ticketId'
 *     title: // value for 'title'
 *     description: // value for 'description'
 *   },
 * });
 */
export function useRegisterFeatureRequestFromTicketMutation(options: VueApolloComposable.UseMutationOptions<RegisterFeatureRequestFromTicketMutation, RegisterFeatureRequestFromTicketMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RegisterFeatureRequestFromTicketMutation, RegisterFeatureRequestFromTicketMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RegisterFeatureRequestFromTicketMutation, RegisterFeatureRequestFromTicketMutationVariables>(RegisterFeatureRequestFromTicketDocument, options);
}
export type RegisterFeatureRequestFromTicketMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RegisterFeatureRequestFromTicketMutation, RegisterFeatureRequestFromTicketMutationVariables>;