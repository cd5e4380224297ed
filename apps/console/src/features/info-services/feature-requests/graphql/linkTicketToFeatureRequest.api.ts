import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FeatureRequestFieldsFragmentDoc } from './featureRequestFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type LinkTicketToFeatureRequestMutationVariables = Types.Exact<{
  featureRequestId: Types.Scalars['ID']['input'];
  ticketId: Types.Scalars['ID']['input'];
}>;


export type LinkTicketToFeatureRequestMutation = { __typename?: 'Mutation', linkTicketToFeatureRequest: { __typename?: 'FeatureRequest', id: string, number: string, title: string, description: string, status: Types.FeatureRequestStatus, statusNote: string | null, statusChangedAt: string, createdAt: string, updatedAt: string, requestingOrganizationsCount: number, product: { __typename?: 'Product', id: string, name: string } | null, tickets: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, organization: { __typename?: 'Organization', id: string, name: string } }> } };


export const LinkTicketToFeatureRequestDocument = gql`
    mutation LinkTicketToFeatureRequest($featureRequestId: ID!, $ticketId: ID!) {
  linkTicketToFeatureRequest(
    featureRequestId: $featureRequestId
    ticketId: $ticketId
  ) {
    ...FeatureRequestFields
  }
}
    ${FeatureRequestFieldsFragmentDoc}`;

/**
 * __useLinkTicketToFeatureRequestMutation__
 *
 * To run a mutation, you first call `useLinkTicketToFeatureRequestMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useLinkTicketToFeatureRequestMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useLinkTicketToFeatureRequestMutation({
 *   variables: {
 *     featureRequestId: // value for 'featureRequestId'
 *     ticketId: // value for 'ticketId'
 *   },
 * });
 */
export function useLinkTicketToFeatureRequestMutation(options: VueApolloComposable.UseMutationOptions<LinkTicketToFeatureRequestMutation, LinkTicketToFeatureRequestMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<LinkTicketToFeatureRequestMutation, LinkTicketToFeatureRequestMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<LinkTicketToFeatureRequestMutation, LinkTicketToFeatureRequestMutationVariables>(LinkTicketToFeatureRequestDocument, options);
}
export type LinkTicketToFeatureRequestMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<LinkTicketToFeatureRequestMutation, LinkTicketToFeatureRequestMutationVariables>;