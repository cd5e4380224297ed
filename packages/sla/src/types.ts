/** Service level bought by the customer (LVL-1..3). */
export type SupportLevel = 'BASIC' | 'EXTENDED';
/** Impact of the incident on the customer's system (SPEC "Terms"). */
export type Criticality = 'CRITICAL' | 'NON_CRITICAL';
/** Response-time SLA state (SLA-7, SLA-9). */
export type SlaState = 'ON_TRACK' | 'AT_RISK' | 'BREACHED' | 'MET';
/** 'YYYY-MM-DD', a Moscow calendar day. */
export type IsoDate = string;

export const SUPPORT_LEVELS: readonly SupportLevel[] = ['BASIC', 'EXTENDED'];
export const CRITICALITIES: readonly Criticality[] = ['CRITICAL', 'NON_CRITICAL'];
