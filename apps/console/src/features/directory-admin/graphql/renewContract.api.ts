import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RenewContractMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  validFrom: Types.Scalars['String']['input'];
  validUntil: Types.Scalars['String']['input'];
}>;


export type RenewContractMutation = { __typename?: 'Mutation', renewContract: { __typename?: 'SupportContract', id: string, validFrom: string, validUntil: string, active: boolean, terminatedAt: string | null } };


export const RenewContractDocument = gql`
    mutation RenewContract($id: ID!, $validFrom: String!, $validUntil: String!) {
  renewContract(id: $id, validFrom: $validFrom, validUntil: $validUntil) {
    id
    validFrom
    validUntil
    active
    terminatedAt
  }
}
    `;

/**
 * __useRenewContractMutation__
 *
 * To run a mutation, you first call `useRenewContractMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRenewContractMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRenewContractMutation({
 *   variables: {
 *     id: // value for 'id'
 *     validFrom: // value for 'validFrom'
 *     validUntil: // value for 'validUntil'
 *   },
 * });
 */
export function useRenewContractMutation(options: VueApolloComposable.UseMutationOptions<RenewContractMutation, RenewContractMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RenewContractMutation, RenewContractMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RenewContractMutation, RenewContractMutationVariables>(RenewContractDocument, options);
}
export type RenewContractMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RenewContractMutation, RenewContractMutationVariables>;