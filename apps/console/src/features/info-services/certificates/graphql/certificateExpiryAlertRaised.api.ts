import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { CertificateExpiryAlertItemFragmentDoc } from './certificateExpiryAlertItem.api';
import { CertificateFieldsFragmentDoc } from './certificateFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CertificateExpiryAlertRaisedSubscriptionVariables = Types.Exact<{ [key: string]: never; }>;


export type CertificateExpiryAlertRaisedSubscription = { __typename?: 'Subscription', certificateExpiryAlert: { __typename?: 'CertificateExpiryAlert', id: string, thresholdDays: number, validUntil: string, dueAt: string, raisedAt: string, message: string, certificate: { __typename?: 'Certificate', id: string, number: string, issuer: string, productVersions: string | null, description: string | null, validFrom: string, validUntil: string, active: boolean, daysLeft: number, product: { __typename?: 'Product', id: string, name: string, kind: Types.ProductKind } } } };


export const CertificateExpiryAlertRaisedDocument = gql`
    subscription CertificateExpiryAlertRaised {
  certificateExpiryAlert {
    ...CertificateExpiryAlertItem
  }
}
    ${CertificateExpiryAlertItemFragmentDoc}
${CertificateFieldsFragmentDoc}`;

/**
 * __useCertificateExpiryAlertRaisedSubscription__
 *
 * To run a query within a Vue component, call `useCertificateExpiryAlertRaisedSubscription` and pass it any options that fit your needs.
 * When your component renders, `useCertificateExpiryAlertRaisedSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useCertificateExpiryAlertRaisedSubscription();
 */
export function useCertificateExpiryAlertRaisedSubscription(options: VueApolloComposable.UseSubscriptionOptions<CertificateExpiryAlertRaisedSubscription, CertificateExpiryAlertRaisedSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<CertificateExpiryAlertRaisedSubscription, CertificateExpiryAlertRaisedSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<CertificateExpiryAlertRaisedSubscription, CertificateExpiryAlertRaisedSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<CertificateExpiryAlertRaisedSubscription, CertificateExpiryAlertRaisedSubscriptionVariables>(CertificateExpiryAlertRaisedDocument, {}, options);
}
export type CertificateExpiryAlertRaisedSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<CertificateExpiryAlertRaisedSubscription, CertificateExpiryAlertRaisedSubscriptionVariables>;