import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { QueueEventFieldsFragmentDoc } from '../../../stores/graphql/queueEvent.api';
import { QueueTicketFragmentDoc } from '../../../stores/graphql/queueTicket.api';
import { TicketSlaFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type QueueChangedSubscriptionVariables = Types.Exact<{
  after?: Types.InputMaybe<Types.Scalars['Int']['input']>;
}>;


export type QueueChangedSubscription = { __typename?: 'Subscription', queueChanged: { __typename?: 'QueueEvent', version: number, kind: Types.QueueEventKind, position: number | null, previousPosition: number | null, ticket: { __typename?: 'Ticket', id: string, number: string, subject: string, category: Types.TicketCategory, priority: number, status: Types.TicketStatus, channel: Types.Channel, atRiskAt: string, escalationLevel: number, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, reactionNotice: { __typename?: 'ReactionNotice', state: Types.ReactionNoticeState, channel: Types.Channel } | null, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } } };


export const QueueChangedDocument = gql`
    subscription QueueChanged($after: Int) {
  queueChanged(after: $after) {
    ...QueueEventFields
  }
}
    ${QueueEventFieldsFragmentDoc}
${QueueTicketFragmentDoc}
${TicketSlaFieldsFragmentDoc}`;

/**
 * __useQueueChangedSubscription__
 *
 * To run a query within a Vue component, call `useQueueChangedSubscription` and pass it any options that fit your needs.
 * When your component renders, `useQueueChangedSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the subscription
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useQueueChangedSubscription({
 *   after: // value for 'after'
 * });
 */
export function useQueueChangedSubscription(variables: QueueChangedSubscriptionVariables | VueCompositionApi.Ref<QueueChangedSubscriptionVariables> | ReactiveFunction<QueueChangedSubscriptionVariables> = {}, options: VueApolloComposable.UseSubscriptionOptions<QueueChangedSubscription, QueueChangedSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<QueueChangedSubscription, QueueChangedSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<QueueChangedSubscription, QueueChangedSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<QueueChangedSubscription, QueueChangedSubscriptionVariables>(QueueChangedDocument, variables, options);
}
export type QueueChangedSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<QueueChangedSubscription, QueueChangedSubscriptionVariables>;