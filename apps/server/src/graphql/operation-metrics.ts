import type { ApolloServerPlugin } from '@apollo/server';
import type { DeskMetrics } from '../infra/metrics/metrics.js';

/**
 * Times every GraphQL operation over HTTP by its name and type, with
 * `outcome` error when the answer carries errors (a refused or invalid one
 * included). Subscriptions run over WebSocket and are counted there.
 */
export function operationMetrics(metrics: DeskMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const end = metrics.graphqlDuration.startTimer();
      return {
        async willSendResponse({ operation, operationName, errors }) {
          end({
            operation: metrics.operationLabel(operationName ?? operation?.name?.value),
            type: operation?.operation ?? 'unknown',
            outcome: errors?.length ? 'error' : 'ok',
          });
        },
      };
    },
  };
}
