import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { TicketDetailFragmentDoc } from './ticketDetail.api';
import { TicketSlaFieldsFragmentDoc, TicketAppendixFieldsFragmentDoc, TimelineEntryFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type AddInternalNoteMutationVariables = Types.Exact<{
  ticketId: Types.Scalars['ID']['input'];
  body: Types.Scalars['String']['input'];
}>;


export type AddInternalNoteMutation = { __typename?: 'Mutation', addInternalNote: { __typename?: 'Ticket', id: string, number: string, subject: string, description: string, category: Types.TicketCategory, priority: number, status: Types.TicketStatus, channel: Types.Channel, atRiskAt: string, slaOutcome: Types.SlaOutcome | null, escalationLevel: number, expectedResolutionAt: string | null, createdAt: string, updatedAt: string, closedAt: string | null, resolutionSeconds: number | null, waitingSince: string | null, autoCloseAt: string | null, resolution: Types.Resolution | null, resolutionNote: string | null, thirdPartyVendor: string | null, rejectionReason: string | null, rejectionNote: string | null, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, productVersion: string | null, buildNumber: string | null, osVersion: string | null, osBitness: Types.OsBitness | null, hardwareModel: string | null, bootMode: Types.BootMode | null, occursWhen: string | null, stepsToReproduce: string | null, errorText: string | null, installedSoftware: string | null, reactionNotice: { __typename?: 'ReactionNotice', state: Types.ReactionNoticeState, channel: Types.Channel, deliveredAt: string | null, proof: string | null, error: string | null, failure: Types.ReactionNoticeFailure | null } | null, respondedBy: { __typename?: 'User', id: string, fullName: string } | null, rating: { __typename?: 'TicketRating', score: number, comment: string | null, ratedAt: string } | null, organization: { __typename?: 'Organization', id: string, name: string }, contact: { __typename?: 'Contact', id: string, fullName: string, position: string, phone: string, email: string | null }, assignee: { __typename?: 'User', id: string, fullName: string } | null, missingInformation: Array<{ __typename?: 'MissingInformation', item: Types.AppendixItem, required: boolean, question: string }>, splitFrom: { __typename?: 'Ticket', id: string, number: string } | null, continues: { __typename?: 'Ticket', id: string, number: string } | null, mergedInto: { __typename?: 'Ticket', id: string, number: string } | null, splitParts: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus }>, timeline: Array<{ __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null }>, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: Types.MessageKind, body: string, authorName: string, createdAt: string, internal: boolean }>, files: Array<{ __typename?: 'TicketFile', id: string, fileName: string, contentType: string, size: number, sha256: string, downloadUrl: string, createdAt: string }>, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } };


export const AddInternalNoteDocument = gql`
    mutation AddInternalNote($ticketId: ID!, $body: String!) {
  addInternalNote(ticketId: $ticketId, body: $body) {
    ...TicketDetail
  }
}
    ${TicketDetailFragmentDoc}
${TicketSlaFieldsFragmentDoc}
${TicketAppendixFieldsFragmentDoc}
${TimelineEntryFieldsFragmentDoc}`;

/**
 * __useAddInternalNoteMutation__
 *
 * To run a mutation, you first call `useAddInternalNoteMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useAddInternalNoteMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useAddInternalNoteMutation({
 *   variables: {
 *     ticketId: // value for 'ticketId'
 *     body: // value for 'body'
 *   },
 * });
 */
export function useAddInternalNoteMutation(options: VueApolloComposable.UseMutationOptions<AddInternalNoteMutation, AddInternalNoteMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<AddInternalNoteMutation, AddInternalNoteMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<AddInternalNoteMutation, AddInternalNoteMutationVariables>(AddInternalNoteDocument, options);
}
export type AddInternalNoteMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<AddInternalNoteMutation, AddInternalNoteMutationVariables>;