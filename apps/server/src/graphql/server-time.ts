import type { ApolloServerPlugin } from '@apollo/server';
import type { Clock } from '../common/clock.js';

/**
 * Every answer carries `extensions.serverTime`, the clock SLA figures are
 * decided on: a console counts its countdowns from it rather than from the
 * browser's own clock, so server and consoles agree to the second (#13).
 */
export function serverTimeExtension(clock: Clock): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, serverTime: clock.now().toISOString() };
        },
      };
    },
  };
}
