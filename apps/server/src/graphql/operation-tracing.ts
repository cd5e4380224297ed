import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import { activeSpan } from '../infra/tracing/spans.js';

/** Names the GraphQL request's span after its operation ("mutation CreateTicket") and marks errors (#18). */
export function operationTracing(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          const name = operationName ?? operation.name?.value ?? 'anonymous';
          activeSpan()?.updateName(`${operation.operation} ${name}`).setAttributes({ 'graphql.operation.type': operation.operation, 'graphql.operation.name': name });
        },
        async willSendResponse({ errors }) {
          if (errors?.length) activeSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: errors[0]!.message });
        },
      };
    },
  };
}
