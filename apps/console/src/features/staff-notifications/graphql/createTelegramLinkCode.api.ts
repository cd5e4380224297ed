import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CreateTelegramLinkCodeMutationVariables = Types.Exact<{ [key: string]: never; }>;


export type CreateTelegramLinkCodeMutation = { __typename?: 'Mutation', createTelegramLinkCode: { __typename?: 'TelegramLinkCode', code: string, command: string, expiresAt: string } };


export const CreateTelegramLinkCodeDocument = gql`
    mutation CreateTelegramLinkCode {
  createTelegramLinkCode {
    code
    command
    expiresAt
  }
}
    `;

/**
 * __useCreateTelegramLinkCodeMutation__
 *
 * To run a mutation, you first call `useCreateTelegramLinkCodeMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCreateTelegramLinkCodeMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCreateTelegramLinkCodeMutation();
 */
export function useCreateTelegramLinkCodeMutation(options: VueApolloComposable.UseMutationOptions<CreateTelegramLinkCodeMutation, CreateTelegramLinkCodeMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CreateTelegramLinkCodeMutation, CreateTelegramLinkCodeMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CreateTelegramLinkCodeMutation, CreateTelegramLinkCodeMutationVariables>(CreateTelegramLinkCodeDocument, options);
}
export type CreateTelegramLinkCodeMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CreateTelegramLinkCodeMutation, CreateTelegramLinkCodeMutationVariables>;