import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { CertificateAlertItemFragmentDoc } from '../../../stores/graphql/certificateAlertItem.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CertificateAlertSubscriptionVariables = Types.Exact<{ [key: string]: never; }>;


export type CertificateAlertSubscription = { __typename?: 'Subscription', certificateExpiryAlert: { __typename?: 'CertificateExpiryAlert', id: string, thresholdDays: number, validUntil: string, dueAt: string, raisedAt: string, certificate: { __typename?: 'Certificate', id: string, number: string, issuer: string, productVersions: string | null, product: { __typename?: 'Product', id: string, name: string } } } };


export const CertificateAlertDocument = gql`
    subscription CertificateAlert {
  certificateExpiryAlert {
    ...CertificateAlertItem
  }
}
    ${CertificateAlertItemFragmentDoc}`;

/**
 * __useCertificateAlertSubscription__
 *
 * To run a query within a Vue component, call `useCertificateAlertSubscription` and pass it any options that fit your needs.
 * When your component renders, `useCertificateAlertSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useCertificateAlertSubscription();
 */
export function useCertificateAlertSubscription(options: VueApolloComposable.UseSubscriptionOptions<CertificateAlertSubscription, CertificateAlertSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<CertificateAlertSubscription, CertificateAlertSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<CertificateAlertSubscription, CertificateAlertSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<CertificateAlertSubscription, CertificateAlertSubscriptionVariables>(CertificateAlertDocument, {}, options);
}
export type CertificateAlertSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<CertificateAlertSubscription, CertificateAlertSubscriptionVariables>;