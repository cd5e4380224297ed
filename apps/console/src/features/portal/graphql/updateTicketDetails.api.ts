import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { PortalTicketFragmentDoc } from './portalTicket.api';
import { TicketSlaFieldsFragmentDoc, TicketAppendixFieldsFragmentDoc, TimelineEntryFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type UpdatePortalTicketDetailsMutationVariables = Types.Exact<{
  ticketId: Types.Scalars['ID']['input'];
  input: Types.TicketDetailsInput;
}>;


export type UpdatePortalTicketDetailsMutation = { __typename?: 'Mutation', updateTicketDetails: { __typename?: 'Ticket', id: string, number: string, subject: string, description: string, status: Types.TicketStatus, category: Types.TicketCategory, channel: Types.Channel, expectedResolutionAt: string | null, autoCloseAt: string | null, waitingSince: string | null, closedAt: string | null, resolution: Types.Resolution | null, resolutionNote: string | null, thirdPartyVendor: string | null, rejectionReason: string | null, rejectionNote: string | null, updatedAt: string, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, productVersion: string | null, buildNumber: string | null, osVersion: string | null, osBitness: Types.OsBitness | null, hardwareModel: string | null, bootMode: Types.BootMode | null, occursWhen: string | null, stepsToReproduce: string | null, errorText: string | null, installedSoftware: string | null, rating: { __typename?: 'TicketRating', score: number, comment: string | null, ratedAt: string } | null, organization: { __typename?: 'Organization', id: string, name: string }, contact: { __typename?: 'Contact', id: string, fullName: string, position: string, phone: string, email: string | null }, continues: { __typename?: 'Ticket', id: string, number: string } | null, missingInformation: Array<{ __typename?: 'MissingInformation', item: Types.AppendixItem, required: boolean, question: string }>, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: Types.MessageKind, body: string, authorName: string, createdAt: string, internal: boolean }>, timeline: Array<{ __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null }>, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } };


export const UpdatePortalTicketDetailsDocument = gql`
    mutation UpdatePortalTicketDetails($ticketId: ID!, $input: TicketDetailsInput!) {
  updateTicketDetails(ticketId: $ticketId, input: $input) {
    ...PortalTicket
  }
}
    ${PortalTicketFragmentDoc}
${TicketSlaFieldsFragmentDoc}
${TicketAppendixFieldsFragmentDoc}
${TimelineEntryFieldsFragmentDoc}`;

/**
 * __useUpdatePortalTicketDetailsMutation__
 *
 * To run a mutation, you first call `useUpdatePortalTicketDetailsMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useUpdatePortalTicketDetailsMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useUpdatePortalTicketDetailsMutation({
 *   variables: {
 *     ticketId: // value for 'ticketId'
 *     input: // value for 'input'
 *   },
 * });
 */
export function useUpdatePortalTicketDetailsMutation(options: VueApolloComposable.UseMutationOptions<UpdatePortalTicketDetailsMutation, UpdatePortalTicketDetailsMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<UpdatePortalTicketDetailsMutation, UpdatePortalTicketDetailsMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<UpdatePortalTicketDetailsMutation, UpdatePortalTicketDetailsMutationVariables>(UpdatePortalTicketDetailsDocument, options);
}
export type UpdatePortalTicketDetailsMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<UpdatePortalTicketDetailsMutation, UpdatePortalTicketDetailsMutationVariables>;