import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { SlaAlertItemFragmentDoc } from '../../../stores/graphql/slaAlertItem.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SlaAlertSubscriptionVariables = Types.Exact<{
  after?: Types.InputMaybe<Types.Scalars['Int']['input']>;
}>;


export type SlaAlertSubscription = { __typename?: 'Subscription', slaAlert: { __typename?: 'SlaAlert', id: string, version: number | null, kind: Types.SlaAlertKind, dueAt: string, raisedAt: string, ticket: { __typename?: 'Ticket', id: string, number: string, subject: string, priority: number, status: Types.TicketStatus, respondedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string } } } };


export const SlaAlertDocument = gql`
    subscription SlaAlert($after: Int) {
  slaAlert(after: $after) {
    ...SlaAlertItem
  }
}
    ${SlaAlertItemFragmentDoc}`;

/**
 * __useSlaAlertSubscription__
 *
 * To run a query within a Vue component, call `useSlaAlertSubscription` and pass it any options that fit your needs.
 * When your component renders, `useSlaAlertSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the subscription
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useSlaAlertSubscription({
 *   after: // value for 'after'
 * });
 */
export function useSlaAlertSubscription(variables: SlaAlertSubscriptionVariables | VueCompositionApi.Ref<SlaAlertSubscriptionVariables> | ReactiveFunction<SlaAlertSubscriptionVariables> = {}, options: VueApolloComposable.UseSubscriptionOptions<SlaAlertSubscription, SlaAlertSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<SlaAlertSubscription, SlaAlertSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<SlaAlertSubscription, SlaAlertSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<SlaAlertSubscription, SlaAlertSubscriptionVariables>(SlaAlertDocument, variables, options);
}
export type SlaAlertSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<SlaAlertSubscription, SlaAlertSubscriptionVariables>;