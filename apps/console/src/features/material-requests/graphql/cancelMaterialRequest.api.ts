import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketMaterialFragmentDoc, MaterialRequestFieldsFragmentDoc } from './ticketMaterial.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CancelMaterialRequestMutationVariables = Types.Exact<{
  requestId: Types.Scalars['ID']['input'];
  note?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type CancelMaterialRequestMutation = { __typename?: 'Mutation', cancelMaterialRequest: { __typename?: 'Ticket', id: string, status: Types.TicketStatus, autoCloseAt: string | null, waitingSince: string | null, materialRequests: Array<{ __typename?: 'MaterialRequest', id: string, kind: Types.MaterialKind, details: string, reason: string, status: Types.MaterialRequestStatus, requestedAt: string, fulfilledAt: string | null, fulfilmentNote: string | null, cancelledAt: string | null, shippingDetails: string | null, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, size: number, downloadUrl: string }>, equipment: Array<{ __typename?: 'EquipmentItem', id: string, item: string, serialNumber: string, receivedOn: string, returnedOn: string | null, conditionNotes: string | null, location: Types.EquipmentLocation }> }> } };


export const CancelMaterialRequestDocument = gql`
    mutation CancelMaterialRequest($requestId: ID!, $note: String) {
  cancelMaterialRequest(requestId: $requestId, note: $note) {
    ...TicketMaterial
  }
}
    ${TicketMaterialFragmentDoc}
${MaterialRequestFieldsFragmentDoc}`;

/**
 * __useCancelMaterialRequestMutation__
 *
 * To run a mutation, you first call `useCancelMaterialRequestMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCancelMaterialRequestMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCancelMaterialRequestMutation({
 *   variables: {
 *     requestId: // value for 'requestId'
 *     note: // value for 'note'
 *   },
 * });
 */
export function useCancelMaterialRequestMutation(options: VueApolloComposable.UseMutationOptions<CancelMaterialRequestMutation, CancelMaterialRequestMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CancelMaterialRequestMutation, CancelMaterialRequestMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CancelMaterialRequestMutation, CancelMaterialRequestMutationVariables>(CancelMaterialRequestDocument, options);
}
export type CancelMaterialRequestMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CancelMaterialRequestMutation, CancelMaterialRequestMutationVariables>;