import { addDays, instantAt } from '@desk/sla';
import { ProblemList } from '../../../common/errors.js';
import { idOf } from '../../../common/ids.js';
import type { ExportQuery } from '../exports/export-request.js';

export interface StatementArgs {
  readonly organizationId: number;
  /** YYYY-MM */
  readonly month: string;
  /** The month's Moscow midnights: [from, to). */
  readonly from: Date;
  readonly to: Date;
}

/** The first day of the month after `month` (YYYY-MM), as YYYY-MM-DD. */
function nextMonthStart(month: string): string {
  return addDays(`${month}-28`, 4).slice(0, 7) + '-01';
}

/** `organizationId` and `month=2026-11` of `GET /exports/sla-statement.pdf`; the month runs from its first 00:00 to the next month's first 00:00, Moscow time. */
export function statementArgsOf(query: ExportQuery): StatementArgs {
  const problems = new ProblemList();
  const organizationId = typeof query.organizationId === 'string' ? idOf(query.organizationId) : null;
  if (organizationId === null) problems.add('organizationId', 'is not an id this API returned');
  const month = typeof query.month === 'string' ? query.month.trim() : '';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) problems.add('month', 'must be a month such as 2026-11');
  problems.throwIfAny();
  return { organizationId: organizationId!, month, from: instantAt(`${month}-01`, 0), to: instantAt(nextMonthStart(month), 0) };
}
