import { CRITICALITIES, SLA_ALERT_KINDS, SLA_OUTCOMES, SLA_STATES, SUPPORT_LEVELS } from '@desk/sla';
import type * as Sla from '@desk/sla';
import { registerEnumType } from 'type-graphql';
import { literalEnum } from '../../common/literal-enum.js';

// The SLA core (@desk/sla) names these; the database and GraphQL use its very values.
export const SupportLevel = literalEnum(SUPPORT_LEVELS);
export type SupportLevel = Sla.SupportLevel;
export const Criticality = literalEnum(CRITICALITIES);
export type Criticality = Sla.Criticality;
export const SlaState = literalEnum(SLA_STATES);
export type SlaState = Sla.SlaState;
export const SlaOutcome = literalEnum(SLA_OUTCOMES);
export type SlaOutcome = Sla.SlaOutcome;
export const SlaAlertKind = literalEnum(SLA_ALERT_KINDS);
export type SlaAlertKind = Sla.SlaAlertKind;

registerEnumType(SupportLevel, { name: 'SupportLevel', description: 'Service level bought by the customer (LVL-1..3)' });
registerEnumType(Criticality, { name: 'Criticality', description: 'Impact of the incident on the customer (section 2)' });
registerEnumType(SlaState, { name: 'SlaState', description: 'Response-time SLA state (SLA-7, SLA-9)' });
registerEnumType(SlaOutcome, { name: 'SlaOutcome', description: 'Final response-time outcome (SLA-9)' });
registerEnumType(SlaAlertKind, {
  name: 'SlaAlertKind',
  description: 'AT_RISK when the SLA-7 share of the response time is used, BREACHED at the deadline',
});
