import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketMaterialFragmentDoc, MaterialRequestFieldsFragmentDoc } from './ticketMaterial.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type TicketMaterialUpdatedSubscriptionVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type TicketMaterialUpdatedSubscription = { __typename?: 'Subscription', ticketUpdated: { __typename?: 'Ticket', id: string, status: Types.TicketStatus, autoCloseAt: string | null, waitingSince: string | null, materialRequests: Array<{ __typename?: 'MaterialRequest', id: string, kind: Types.MaterialKind, details: string, reason: string, status: Types.MaterialRequestStatus, requestedAt: string, fulfilledAt: string | null, fulfilmentNote: string | null, cancelledAt: string | null, shippingDetails: string | null, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, size: number, downloadUrl: string }>, equipment: Array<{ __typename?: 'EquipmentItem', id: string, item: string, serialNumber: string, receivedOn: string, returnedOn: string | null, conditionNotes: string | null, location: Types.EquipmentLocation }> }> } };


export const TicketMaterialUpdatedDocument = gql`
    subscription TicketMaterialUpdated($id: ID!) {
  ticketUpdated(id: $id) {
    ...TicketMaterial
  }
}
    ${TicketMaterialFragmentDoc}
${MaterialRequestFieldsFragmentDoc}`;

/**
 * __useTicketMaterialUpdatedSubscription__
 *
 * To run a query within a Vue component, call `useTicketMaterialUpdatedSubscription` and pass it any options that fit your needs.
 * When your component renders, `useTicketMaterialUpdatedSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the subscription
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useTicketMaterialUpdatedSubscription({
 *   id: // value for 'id'
 * });
 */
export function useTicketMaterialUpdatedSubscription(variables: TicketMaterialUpdatedSubscriptionVariables | VueCompositionApi.Ref<TicketMaterialUpdatedSubscriptionVariables> | ReactiveFunction<TicketMaterialUpdatedSubscriptionVariables>, options: VueApolloComposable.UseSubscriptionOptions<TicketMaterialUpdatedSubscription, TicketMaterialUpdatedSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<TicketMaterialUpdatedSubscription, TicketMaterialUpdatedSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<TicketMaterialUpdatedSubscription, TicketMaterialUpdatedSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<TicketMaterialUpdatedSubscription, TicketMaterialUpdatedSubscriptionVariables>(TicketMaterialUpdatedDocument, variables, options);
}
export type TicketMaterialUpdatedSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<TicketMaterialUpdatedSubscription, TicketMaterialUpdatedSubscriptionVariables>;