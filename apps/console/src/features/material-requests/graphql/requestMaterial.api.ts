import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketMaterialFragmentDoc, MaterialRequestFieldsFragmentDoc } from './ticketMaterial.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RequestMaterialMutationVariables = Types.Exact<{
  ticketId: Types.Scalars['ID']['input'];
  items: Array<Types.MaterialRequestInput> | Types.MaterialRequestInput;
}>;


export type RequestMaterialMutation = { __typename?: 'Mutation', requestMaterial: { __typename?: 'Ticket', id: string, status: Types.TicketStatus, autoCloseAt: string | null, waitingSince: string | null, materialRequests: Array<{ __typename?: 'MaterialRequest', id: string, kind: Types.MaterialKind, details: string, reason: string, status: Types.MaterialRequestStatus, requestedAt: string, fulfilledAt: string | null, fulfilmentNote: string | null, cancelledAt: string | null, shippingDetails: string | null, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, size: number, downloadUrl: string }>, equipment: Array<{ __typename?: 'EquipmentItem', id: string, item: string, serialNumber: string, receivedOn: string, returnedOn: string | null, conditionNotes: string | null, location: Types.EquipmentLocation }> }> } };


export const RequestMaterialDocument = gql`
    mutation RequestMaterial($ticketId: ID!, $items: [MaterialRequestInput!]!) {
  requestMaterial(ticketId: $ticketId, items: $items) {
    ...TicketMaterial
  }
}
    ${TicketMaterialFragmentDoc}
${MaterialRequestFieldsFragmentDoc}`;

/**
 * __useRequestMaterialMutation__
 *
 * To run a mutation, you first call `useRequestMaterialMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRequestMaterialMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRequestMaterialMutation({
 *   variables: {
 *     ticketId: // value for 'ticketId'
 *     items: // value for 'items'
 *   },
 * });
 */
export function useRequestMaterialMutation(options: VueApolloComposable.UseMutationOptions<RequestMaterialMutation, RequestMaterialMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RequestMaterialMutation, RequestMaterialMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RequestMaterialMutation, RequestMaterialMutationVariables>(RequestMaterialDocument, options);
}
export type RequestMaterialMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RequestMaterialMutation, RequestMaterialMutationVariables>;