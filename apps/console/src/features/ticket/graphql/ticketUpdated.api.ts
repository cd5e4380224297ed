import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type TicketUpdatedSubscriptionVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  after?: Types.InputMaybe<Types.Scalars['Int']['input']>;
}>;


export type TicketUpdatedSubscription = { __typename?: 'Subscription', ticketUpdated: { __typename?: 'Ticket', id: string, changeVersion: number | null, status: Types.TicketStatus, criticality: Types.Criticality, priority: number, responseDueAt: string, atRiskAt: string, respondedAt: string | null, slaOutcome: Types.SlaOutcome | null, slaState: Types.SlaState, escalationLevel: number, expectedResolutionAt: string | null, updatedAt: string, assignee: { __typename?: 'User', id: string, fullName: string } | null } };


export const TicketUpdatedDocument = gql`
    subscription TicketUpdated($id: ID!, $after: Int) {
  ticketUpdated(id: $id, after: $after) {
    id
    changeVersion
    status
    criticality
    priority
    responseDueAt
    atRiskAt
    respondedAt
    slaOutcome
    slaState
    escalationLevel
    expectedResolutionAt
    updatedAt
    assignee {
      id
      fullName
    }
  }
}
    `;

/**
 * __useTicketUpdatedSubscription__
 *
 * To run a query within a Vue component, call `useTicketUpdatedSubscription` and pass it any options that fit your needs.
 * When your component renders, `useTicketUpdatedSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the subscription
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useTicketUpdatedSubscription({
 *   id: // value for 'id'
 *   after: // value for 'after'
 * });
 */
export function useTicketUpdatedSubscription(variables: TicketUpdatedSubscriptionVariables | VueCompositionApi.Ref<TicketUpdatedSubscriptionVariables> | ReactiveFunction<TicketUpdatedSubscriptionVariables>, options: VueApolloComposable.UseSubscriptionOptions<TicketUpdatedSubscription, TicketUpdatedSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<TicketUpdatedSubscription, TicketUpdatedSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<TicketUpdatedSubscription, TicketUpdatedSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<TicketUpdatedSubscription, TicketUpdatedSubscriptionVariables>(TicketUpdatedDocument, variables, options);
}
export type TicketUpdatedSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<TicketUpdatedSubscription, TicketUpdatedSubscriptionVariables>;