/** SLA-9 compliance reports and resolution time (#14). */
import { ComplianceResolver } from './compliance.resolver.js';
import { ResolutionTimeResolver } from './resolution-time.resolver.js';

export const REPORT_RESOLVERS = [ComplianceResolver, ResolutionTimeResolver] as const;
export { mountReportExports } from './exports/export.route.js';
