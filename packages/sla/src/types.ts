/** Service level bought by the customer (LVL-1..3). */
export type SupportLevel = 'BASIC' | 'EXTENDED';
/** Impact of the incident on the customer's system (SPEC "Terms"). */
export type Criticality = 'CRITICAL' | 'NON_CRITICAL';
/** Response-time SLA state (SLA-7, SLA-9). */
export type SlaState = 'ON_TRACK' | 'AT_RISK' | 'BREACHED' | 'MET';
/** Final response-time outcome of a ticket (SLA-9). */
export type SlaOutcome = Extract<SlaState, 'MET' | 'BREACHED'>;
/** The alerts SLA-7 raises: a share of the response time used, then the deadline passed. */
export type SlaAlertKind = Extract<SlaState, 'AT_RISK' | 'BREACHED'>;
/** 'YYYY-MM-DD', a Moscow calendar day. */
export type IsoDate = string;

export const SUPPORT_LEVELS: readonly SupportLevel[] = ['BASIC', 'EXTENDED'];
export const CRITICALITIES: readonly Criticality[] = ['CRITICAL', 'NON_CRITICAL'];
export const SLA_STATES: readonly SlaState[] = ['ON_TRACK', 'AT_RISK', 'BREACHED', 'MET'];
export const SLA_OUTCOMES: readonly SlaOutcome[] = ['MET', 'BREACHED'];
export const SLA_ALERT_KINDS: readonly SlaAlertKind[] = ['AT_RISK', 'BREACHED'];
