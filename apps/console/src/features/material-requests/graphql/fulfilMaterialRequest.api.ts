import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketMaterialFragmentDoc, MaterialRequestFieldsFragmentDoc } from './ticketMaterial.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type FulfilMaterialRequestMutationVariables = Types.Exact<{
  input: Types.FulfilMaterialRequestInput;
}>;


export type FulfilMaterialRequestMutation = { __typename?: 'Mutation', fulfilMaterialRequest: { __typename?: 'Ticket', id: string, status: Types.TicketStatus, autoCloseAt: string | null, waitingSince: string | null, materialRequests: Array<{ __typename?: 'MaterialRequest', id: string, kind: Types.MaterialKind, details: string, reason: string, status: Types.MaterialRequestStatus, requestedAt: string, fulfilledAt: string | null, fulfilmentNote: string | null, cancelledAt: string | null, shippingDetails: string | null, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, size: number, downloadUrl: string }>, equipment: Array<{ __typename?: 'EquipmentItem', id: string, item: string, serialNumber: string, receivedOn: string, returnedOn: string | null, conditionNotes: string | null, location: Types.EquipmentLocation }> }> } };


export const FulfilMaterialRequestDocument = gql`
    mutation FulfilMaterialRequest($input: FulfilMaterialRequestInput!) {
  fulfilMaterialRequest(input: $input) {
    ...TicketMaterial
  }
}
    ${TicketMaterialFragmentDoc}
${MaterialRequestFieldsFragmentDoc}`;

/**
 * __useFulfilMaterialRequestMutation__
 *
 * To run a mutation, you first call `useFulfilMaterialRequestMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useFulfilMaterialRequestMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useFulfilMaterialRequestMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useFulfilMaterialRequestMutation(options: VueApolloComposable.UseMutationOptions<FulfilMaterialRequestMutation, FulfilMaterialRequestMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<FulfilMaterialRequestMutation, FulfilMaterialRequestMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<FulfilMaterialRequestMutation, FulfilMaterialRequestMutationVariables>(FulfilMaterialRequestDocument, options);
}
export type FulfilMaterialRequestMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<FulfilMaterialRequestMutation, FulfilMaterialRequestMutationVariables>;