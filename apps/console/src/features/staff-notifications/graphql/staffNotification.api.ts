import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { StaffNotificationItemFragmentDoc } from './staffNotificationItem.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type StaffNotificationSubscriptionVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffNotificationSubscription = { __typename?: 'Subscription', staffNotification: { __typename?: 'StaffNotificationEvent', unreadCount: number, allRead: boolean, readIds: Array<string> | null, notification: { __typename?: 'StaffNotification', id: string, kind: Types.StaffNotificationKind, text: string, data: Record<string, unknown> | null, createdAt: string, readAt: string | null, offAppStatus: Types.OffAppStatus, offAppDueAt: string | null, ticket: { __typename?: 'Ticket', id: string, number: string } | null } | null } };


export const StaffNotificationDocument = gql`
    subscription StaffNotification {
  staffNotification {
    unreadCount
    allRead
    readIds
    notification {
      ...StaffNotificationItem
    }
  }
}
    ${StaffNotificationItemFragmentDoc}`;

/**
 * __useStaffNotificationSubscription__
 *
 * To run a query within a Vue component, call `useStaffNotificationSubscription` and pass it any options that fit your needs.
 * When your component renders, `useStaffNotificationSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useStaffNotificationSubscription();
 */
export function useStaffNotificationSubscription(options: VueApolloComposable.UseSubscriptionOptions<StaffNotificationSubscription, StaffNotificationSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<StaffNotificationSubscription, StaffNotificationSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<StaffNotificationSubscription, StaffNotificationSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<StaffNotificationSubscription, StaffNotificationSubscriptionVariables>(StaffNotificationDocument, {}, options);
}
export type StaffNotificationSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<StaffNotificationSubscription, StaffNotificationSubscriptionVariables>;