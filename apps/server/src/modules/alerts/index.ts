/** SLA-7: AT_RISK and BREACHED alerts, raised exactly once per ticket and deadline, and the breach escalation they bring. */
export { slaDeadlineSources } from './sla-deadlines.js';
