import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SetServedCustomersMutationVariables = Types.Exact<{
  partnerId: Types.Scalars['ID']['input'];
  customerIds: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;


export type SetServedCustomersMutation = { __typename?: 'Mutation', setServedCustomers: { __typename?: 'Organization', id: string, servedCustomers: Array<{ __typename?: 'Organization', id: string, name: string }> } };


export const SetServedCustomersDocument = gql`
    mutation SetServedCustomers($partnerId: ID!, $customerIds: [ID!]!) {
  setServedCustomers(partnerId: $partnerId, customerIds: $customerIds) {
    id
    servedCustomers {
      id
      name
    }
  }
}
    `;

/**
 * __useSetServedCustomersMutation__
 *
 * To run a mutation, you first call `useSetServedCustomersMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useSetServedCustomersMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useSetServedCustomersMutation({
 *   variables: {
 *     partnerId: // value for 'partnerId'
 *     customerIds: // value for 'customerIds'
 *   },
 * });
 */
export function useSetServedCustomersMutation(options: VueApolloComposable.UseMutationOptions<SetServedCustomersMutation, SetServedCustomersMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<SetServedCustomersMutation, SetServedCustomersMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<SetServedCustomersMutation, SetServedCustomersMutationVariables>(SetServedCustomersDocument, options);
}
export type SetServedCustomersMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<SetServedCustomersMutation, SetServedCustomersMutationVariables>;