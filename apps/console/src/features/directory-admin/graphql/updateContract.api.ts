import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type UpdateContractMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  input: Types.UpdateContractInput;
}>;


export type UpdateContractMutation = { __typename?: 'Mutation', updateContract: { __typename?: 'SupportContract', id: string, identifier: string, identifiers: Array<{ __typename?: 'ContractIdentifier', identifier: string, kind: Types.IdentifierKind }>, products: Array<{ __typename?: 'Product', id: string, name: string }> } };


export const UpdateContractDocument = gql`
    mutation UpdateContract($id: ID!, $input: UpdateContractInput!) {
  updateContract(id: $id, input: $input) {
    id
    identifier
    identifiers {
      identifier
      kind
    }
    products {
      id
      name
    }
  }
}
    `;

/**
 * __useUpdateContractMutation__
 *
 * To run a mutation, you first call `useUpdateContractMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useUpdateContractMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useUpdateContractMutation({
 *   variables: {
 *     id: // value for 'id'
 *     input: // value for 'input'
 *   },
 * });
 */
export function useUpdateContractMutation(options: VueApolloComposable.UseMutationOptions<UpdateContractMutation, UpdateContractMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<UpdateContractMutation, UpdateContractMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<UpdateContractMutation, UpdateContractMutationVariables>(UpdateContractDocument, options);
}
export type UpdateContractMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<UpdateContractMutation, UpdateContractMutationVariables>;