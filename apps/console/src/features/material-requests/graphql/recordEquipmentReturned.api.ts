import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketMaterialFragmentDoc, MaterialRequestFieldsFragmentDoc } from './ticketMaterial.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RecordEquipmentReturnedMutationVariables = Types.Exact<{
  input: Types.EquipmentReturnedInput;
}>;


export type RecordEquipmentReturnedMutation = { __typename?: 'Mutation', recordEquipmentReturned: { __typename?: 'Ticket', id: string, status: Types.TicketStatus, autoCloseAt: string | null, waitingSince: string | null, materialRequests: Array<{ __typename?: 'MaterialRequest', id: string, kind: Types.MaterialKind, details: string, reason: string, status: Types.MaterialRequestStatus, requestedAt: string, fulfilledAt: string | null, fulfilmentNote: string | null, cancelledAt: string | null, shippingDetails: string | null, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, size: number, downloadUrl: string }>, equipment: Array<{ __typename?: 'EquipmentItem', id: string, item: string, serialNumber: string, receivedOn: string, returnedOn: string | null, conditionNotes: string | null, location: Types.EquipmentLocation }> }> } };


export const RecordEquipmentReturnedDocument = gql`
    mutation RecordEquipmentReturned($input: EquipmentReturnedInput!) {
  recordEquipmentReturned(input: $input) {
    ...TicketMaterial
  }
}
    ${TicketMaterialFragmentDoc}
${MaterialRequestFieldsFragmentDoc}`;

/**
 * __useRecordEquipmentReturnedMutation__
 *
 * To run a mutation, you first call `useRecordEquipmentReturnedMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRecordEquipmentReturnedMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRecordEquipmentReturnedMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useRecordEquipmentReturnedMutation(options: VueApolloComposable.UseMutationOptions<RecordEquipmentReturnedMutation, RecordEquipmentReturnedMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RecordEquipmentReturnedMutation, RecordEquipmentReturnedMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RecordEquipmentReturnedMutation, RecordEquipmentReturnedMutationVariables>(RecordEquipmentReturnedDocument, options);
}
export type RecordEquipmentReturnedMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RecordEquipmentReturnedMutation, RecordEquipmentReturnedMutationVariables>;