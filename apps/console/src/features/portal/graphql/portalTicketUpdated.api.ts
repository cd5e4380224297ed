import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { PortalTicketFragmentDoc } from './portalTicket.api';
import { TicketSlaFieldsFragmentDoc, TicketAppendixFieldsFragmentDoc, TimelineEntryFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type PortalTicketUpdatedSubscriptionVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type PortalTicketUpdatedSubscription = { __typename?: 'Subscription', ticketUpdated: { __typename?: 'Ticket', id: string, number: string, subject: string, description: string, status: Types.TicketStatus, category: Types.TicketCategory, channel: Types.Channel, expectedResolutionAt: string | null, autoCloseAt: string | null, waitingSince: string | null, closedAt: string | null, resolution: Types.Resolution | null, resolutionNote: string | null, thirdPartyVendor: string | null, rejectionReason: string | null, rejectionNote: string | null, updatedAt: string, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, productVersion: string | null, buildNumber: string | null, osVersion: string | null, osBitness: Types.OsBitness | null, hardwareModel: string | null, bootMode: Types.BootMode | null, occursWhen: string | null, stepsToReproduce: string | null, errorText: string | null, installedSoftware: string | null, rating: { __typename?: 'TicketRating', score: number, comment: string | null, ratedAt: string } | null, organization: { __typename?: 'Organization', id: string, name: string }, contact: { __typename?: 'Contact', id: string, fullName: string, position: string, phone: string, email: string | null }, continues: { __typename?: 'Ticket', id: string, number: string } | null, missingInformation: Array<{ __typename?: 'MissingInformation', item: Types.AppendixItem, required: boolean, question: string }>, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: Types.MessageKind, body: string, authorName: string, createdAt: string, internal: boolean }>, timeline: Array<{ __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null }>, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } };


export const PortalTicketUpdatedDocument = gql`
    subscription PortalTicketUpdated($id: ID!) {
  ticketUpdated(id: $id) {
    ...PortalTicket
  }
}
    ${PortalTicketFragmentDoc}
${TicketSlaFieldsFragmentDoc}
${TicketAppendixFieldsFragmentDoc}
${TimelineEntryFieldsFragmentDoc}`;

/**
 * __usePortalTicketUpdatedSubscription__
 *
 * To run a query within a Vue component, call `usePortalTicketUpdatedSubscription` and pass it any options that fit your needs.
 * When your component renders, `usePortalTicketUpdatedSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the subscription
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = usePortalTicketUpdatedSubscription({
 *   id: // value for 'id'
 * });
 */
export function usePortalTicketUpdatedSubscription(variables: PortalTicketUpdatedSubscriptionVariables | VueCompositionApi.Ref<PortalTicketUpdatedSubscriptionVariables> | ReactiveFunction<PortalTicketUpdatedSubscriptionVariables>, options: VueApolloComposable.UseSubscriptionOptions<PortalTicketUpdatedSubscription, PortalTicketUpdatedSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<PortalTicketUpdatedSubscription, PortalTicketUpdatedSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<PortalTicketUpdatedSubscription, PortalTicketUpdatedSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<PortalTicketUpdatedSubscription, PortalTicketUpdatedSubscriptionVariables>(PortalTicketUpdatedDocument, variables, options);
}
export type PortalTicketUpdatedSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<PortalTicketUpdatedSubscription, PortalTicketUpdatedSubscriptionVariables>;