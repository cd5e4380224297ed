/**
 * The API for integrators (#18): the allow-list of partner API tokens (persisted operations an admin keeps,
 * and the switch that enforces them), checked by one gate over HTTP, WebSocket and SSE.
 */
import { PersistedOperationsResolver } from './persisted-operations.resolver.js';

export const INTEGRATION_RESOLVERS = [PersistedOperationsResolver] as const;

export { allowListRefusal, operationAllowList } from './allow-list-gate.js';
export { operationHash } from './operation-hash.js';
export { persistedQueryCache } from './persisted-query-cache.js';
export { DeskSettings, type SettingKey } from './desk-settings.js';
