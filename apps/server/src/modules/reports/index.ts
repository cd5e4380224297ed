/** SLA-9 compliance reports. */
import { ComplianceResolver } from './compliance.resolver.js';

export const REPORT_RESOLVERS = [ComplianceResolver] as const;
export { mountReportExports } from './exports/export.route.js';
