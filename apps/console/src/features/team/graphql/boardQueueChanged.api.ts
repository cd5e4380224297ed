import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type BoardQueueChangedSubscriptionVariables = Types.Exact<{ [key: string]: never; }>;


export type BoardQueueChangedSubscription = { __typename?: 'Subscription', queueChanged: { __typename?: 'QueueEvent', version: number, kind: Types.QueueEventKind, ticket: { __typename?: 'Ticket', id: string } } };


export const BoardQueueChangedDocument = gql`
    subscription BoardQueueChanged {
  queueChanged {
    version
    kind
    ticket {
      id
    }
  }
}
    `;

/**
 * __useBoardQueueChangedSubscription__
 *
 * To run a query within a Vue component, call `useBoardQueueChangedSubscription` and pass it any options that fit your needs.
 * When your component renders, `useBoardQueueChangedSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useBoardQueueChangedSubscription();
 */
export function useBoardQueueChangedSubscription(options: VueApolloComposable.UseSubscriptionOptions<BoardQueueChangedSubscription, BoardQueueChangedSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<BoardQueueChangedSubscription, BoardQueueChangedSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<BoardQueueChangedSubscription, BoardQueueChangedSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<BoardQueueChangedSubscription, BoardQueueChangedSubscriptionVariables>(BoardQueueChangedDocument, {}, options);
}
export type BoardQueueChangedSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<BoardQueueChangedSubscription, BoardQueueChangedSubscriptionVariables>;