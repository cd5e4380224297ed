import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { FeatureRequestFieldsFragmentDoc } from './featureRequestFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ChangeFeatureRequestStatusMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  status: Types.FeatureRequestStatus;
  note?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type ChangeFeatureRequestStatusMutation = { __typename?: 'Mutation', changeFeatureRequestStatus: { __typename?: 'FeatureRequest', id: string, number: string, title: string, description: string, status: Types.FeatureRequestStatus, statusNote: string | null, statusChangedAt: string, createdAt: string, updatedAt: string, requestingOrganizationsCount: number, product: { __typename?: 'Product', id: string, name: string } | null, tickets: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, organization: { __typename?: 'Organization', id: string, name: string } }> } };


export const ChangeFeatureRequestStatusDocument = gql`
    mutation ChangeFeatureRequestStatus($id: ID!, $status: FeatureRequestStatus!, $note: String) {
  changeFeatureRequestStatus(id: $id, status: $status, note: $note) {
    ...FeatureRequestFields
  }
}
    ${FeatureRequestFieldsFragmentDoc}`;

/**
 * __useChangeFeatureRequestStatusMutation__
 *
 * To run a mutation, you first call `useChangeFeatureRequestStatusMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useChangeFeatureRequestStatusMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useChangeFeatureRequestStatusMutation({
 *   variables: {
 *     id: // value for 'id'
 *     status: // value for 'status'
 *     note: // value for 'note'
 *   },
 * });
 */
export function useChangeFeatureRequestStatusMutation(options: VueApolloComposable.UseMutationOptions<ChangeFeatureRequestStatusMutation, ChangeFeatureRequestStatusMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ChangeFeatureRequestStatusMutation, ChangeFeatureRequestStatusMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ChangeFeatureRequestStatusMutation, ChangeFeatureRequestStatusMutationVariables>(ChangeFeatureRequestStatusDocument, options);
}
export type ChangeFeatureRequestStatusMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ChangeFeatureRequestStatusMutation, ChangeFeatureRequestStatusMutationVariables>;