import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { WorkTicketFragmentDoc } from './workTicket.api';
import { TicketSlaFieldsFragmentDoc } from '@desk/schema';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type MyWorkSubscriptionVariables = Types.Exact<{
  viewId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  first: Types.Scalars['Int']['input'];
}>;


export type MyWorkSubscription = { __typename?: 'Subscription', myWork: { __typename?: 'WorkEvent', version: number, kind: Types.WorkEventKind, viewId: string, totalCount: number | null, position: number | null, previousPosition: number | null, counts: Array<{ __typename?: 'ViewCount', viewId: string, count: number }>, rows: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, priority: number, escalationLevel: number, customerAnsweredAt: string | null, updatedAt: string, atRiskAt: string, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } }> | null, ticket: { __typename?: 'Ticket', id: string, number: string, subject: string, status: Types.TicketStatus, priority: number, escalationLevel: number, customerAnsweredAt: string | null, updatedAt: string, atRiskAt: string, criticality: Types.Criticality, supportLevel: Types.SupportLevel, receivedAt: string, responseDueAt: string, respondedAt: string | null, slaState: Types.SlaState, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null, sla: { __typename?: 'TicketSla', serviceHours: { __typename?: 'ServiceHoursDefinition', periods: string | null, preHolidayShortDays: boolean, calendarOverrides: Array<{ __typename?: 'CalendarDay', date: string, working: boolean, shortened: boolean }> } } } | null } };


export const MyWorkDocument = gql`
    subscription MyWork($viewId: ID, $first: Int!) {
  myWork(viewId: $viewId, first: $first) {
    version
    kind
    viewId
    totalCount
    counts {
      viewId
      count
    }
    rows {
      ...WorkTicket
    }
    ticket {
      ...WorkTicket
    }
    position
    previousPosition
  }
}
    ${WorkTicketFragmentDoc}
${TicketSlaFieldsFragmentDoc}`;

/**
 * __useMyWorkSubscription__
 *
 * To run a query within a Vue component, call `useMyWorkSubscription` and pass it any options that fit your needs.
 * When your component renders, `useMyWorkSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the subscription
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useMyWorkSubscription({
 *   viewId: // value for 'viewId'
 *   first: // value for 'first'
 * });
 */
export function useMyWorkSubscription(variables: MyWorkSubscriptionVariables | VueCompositionApi.Ref<MyWorkSubscriptionVariables> | ReactiveFunction<MyWorkSubscriptionVariables>, options: VueApolloComposable.UseSubscriptionOptions<MyWorkSubscription, MyWorkSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<MyWorkSubscription, MyWorkSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<MyWorkSubscription, MyWorkSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<MyWorkSubscription, MyWorkSubscriptionVariables>(MyWorkDocument, variables, options);
}
export type MyWorkSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<MyWorkSubscription, MyWorkSubscriptionVariables>;