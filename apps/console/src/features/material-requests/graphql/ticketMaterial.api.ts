import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type MaterialRequestFieldsFragment = { __typename?: 'MaterialRequest', id: string, kind: Types.MaterialKind, details: string, reason: string, status: Types.MaterialRequestStatus, requestedAt: string, fulfilledAt: string | null, fulfilmentNote: string | null, cancelledAt: string | null, shippingDetails: string | null, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, size: number, downloadUrl: string }>, equipment: Array<{ __typename?: 'EquipmentItem', id: string, item: string, serialNumber: string, receivedOn: string, returnedOn: string | null, conditionNotes: string | null, location: Types.EquipmentLocation }> };

export type TicketMaterialFragment = { __typename?: 'Ticket', id: string, status: Types.TicketStatus, autoCloseAt: string | null, waitingSince: string | null, materialRequests: Array<{ __typename?: 'MaterialRequest', id: string, kind: Types.MaterialKind, details: string, reason: string, status: Types.MaterialRequestStatus, requestedAt: string, fulfilledAt: string | null, fulfilmentNote: string | null, cancelledAt: string | null, shippingDetails: string | null, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, size: number, downloadUrl: string }>, equipment: Array<{ __typename?: 'EquipmentItem', id: string, item: string, serialNumber: string, receivedOn: string, returnedOn: string | null, conditionNotes: string | null, location: Types.EquipmentLocation }> }> };

export type TicketMaterialQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type TicketMaterialQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', id: string, status: Types.TicketStatus, autoCloseAt: string | null, waitingSince: string | null, materialRequests: Array<{ __typename?: 'MaterialRequest', id: string, kind: Types.MaterialKind, details: string, reason: string, status: Types.MaterialRequestStatus, requestedAt: string, fulfilledAt: string | null, fulfilmentNote: string | null, cancelledAt: string | null, shippingDetails: string | null, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, size: number, downloadUrl: string }>, equipment: Array<{ __typename?: 'EquipmentItem', id: string, item: string, serialNumber: string, receivedOn: string, returnedOn: string | null, conditionNotes: string | null, location: Types.EquipmentLocation }> }> } | null };

export const MaterialRequestFieldsFragmentDoc = gql`
    fragment MaterialRequestFields on MaterialRequest {
  id
  kind
  details
  reason
  status
  requestedAt
  fulfilledAt
  fulfilmentNote
  cancelledAt
  shippingDetails
  files {
    id
    fileName
    size
    downloadUrl
  }
  equipment {
    id
    item
    serialNumber
    receivedOn
    returnedOn
    conditionNotes
    location
  }
}
    `;
export const TicketMaterialFragmentDoc = gql`
    fragment TicketMaterial on Ticket {
  id
  status
  autoCloseAt
  waitingSince
  materialRequests {
    ...MaterialRequestFields
  }
}
    `;
export const TicketMaterialDocument = gql`
    query TicketMaterial($id: ID!) {
  ticket(id: $id) {
    ...TicketMaterial
  }
}
    ${TicketMaterialFragmentDoc}
${MaterialRequestFieldsFragmentDoc}`;

/**
 * __useTicketMaterialQuery__
 *
 * To run a query within a Vue component, call `useTicketMaterialQuery` and pass it any options that fit your needs.
 * When your component renders, `useTicketMaterialQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useTicketMaterialQuery({
 *   id: // value for 'id'
 * });
 */
export function useTicketMaterialQuery(variables: TicketMaterialQueryVariables | VueCompositionApi.Ref<TicketMaterialQueryVariables> | ReactiveFunction<TicketMaterialQueryVariables>, options: VueApolloComposable.UseQueryOptions<TicketMaterialQuery, TicketMaterialQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<TicketMaterialQuery, TicketMaterialQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<TicketMaterialQuery, TicketMaterialQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<TicketMaterialQuery, TicketMaterialQueryVariables>(TicketMaterialDocument, variables, options);
}
export function useTicketMaterialLazyQuery(variables?: TicketMaterialQueryVariables | VueCompositionApi.Ref<TicketMaterialQueryVariables> | ReactiveFunction<TicketMaterialQueryVariables>, options: VueApolloComposable.UseQueryOptions<TicketMaterialQuery, TicketMaterialQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<TicketMaterialQuery, TicketMaterialQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<TicketMaterialQuery, TicketMaterialQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<TicketMaterialQuery, TicketMaterialQueryVariables>(TicketMaterialDocument, variables, options);
}
export type TicketMaterialQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<TicketMaterialQuery, TicketMaterialQueryVariables>;