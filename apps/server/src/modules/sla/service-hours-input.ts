import { checkServicePeriods, parseTimeOfDay, type ServiceHours, type ServicePeriods } from '@desk/sla';
import type { ProblemList } from '../../common/errors.js';
import type { ServicePeriodInput } from './service-hours.types.js';

/** More than any real working day is split into. */
export const MAX_PERIODS_A_DAY = 8;

/**
 * An admin's periods, checked field by field (LVL-2, #14): HH:MM times within
 * the day, each period non-empty, and — once put in order — apart from each
 * other. Every problem is named by its field (`periods.1.closesAt`).
 */
export function periodsFromInput(input: readonly ServicePeriodInput[], problems: ProblemList): ServicePeriods | null {
  if (input.length === 0) problems.add('periods', 'give at least one period a day');
  if (input.length > MAX_PERIODS_A_DAY) problems.add('periods', `at most ${MAX_PERIODS_A_DAY} periods a day`);
  if (!problems.isEmpty) return null;
  const periods: (ServiceHours & { index: number })[] = [];
  input.forEach((period, i) => {
    const opensAtMinute = minuteOf(period.opensAt, `periods.${i}.opensAt`, problems);
    const closesAtMinute = minuteOf(period.closesAt, `periods.${i}.closesAt`, problems);
    if (opensAtMinute === null || closesAtMinute === null) return;
    if (closesAtMinute <= opensAtMinute) problems.add(`periods.${i}.closesAt`, 'must be after opensAt, within the same day');
    else periods.push({ opensAtMinute, closesAtMinute, index: i });
  });
  if (!problems.isEmpty) return null;
  const ordered = [...periods].sort((a, b) => a.opensAtMinute - b.opensAtMinute);
  ordered.forEach((period, i) => {
    if (i > 0 && period.opensAtMinute <= ordered[i - 1]!.closesAtMinute) {
      problems.add(`periods.${period.index}`, 'overlaps or touches another period: leave a break between them');
    }
  });
  if (!problems.isEmpty) return null;
  const checked = ordered.map(({ opensAtMinute, closesAtMinute }) => ({ opensAtMinute, closesAtMinute }));
  checkServicePeriods(checked);
  return checked;
}

function minuteOf(text: string, field: string, problems: ProblemList): number | null {
  try {
    return parseTimeOfDay(text);
  } catch {
    problems.add(field, 'must be a time of day HH:MM, 00:00 to 24:00');
    return null;
  }
}
