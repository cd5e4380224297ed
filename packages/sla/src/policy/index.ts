export { responseTimeSeconds, responseDeadline, atRiskAt } from './response-time.js';
export { DEFAULT_AT_RISK_SHARE, resolveAtRiskShare, type SlaPolicyOptions } from './at-risk-share.js';
export { priorityOf, compareQueueOrder, type QueueOrderKey } from './queue-order.js';
export { slaStateAt, slaOutcome, type SlaSnapshot, type SlaStateInput } from './sla-state.js';
export { offAppDeliveryAt, inQuietHours, quietHoursEnd, type OffAppInput, type QuietHours } from './off-app-delivery.js';
export { resolutionSeconds, PAUSING_STATUS, type StatusChange } from './resolution-time.js';
