import type { ProductionCalendar } from '../calendar/production-calendar.js';
import { instantAt, moscowDateOf } from '../moscow-time.js';

export const AUTO_CLOSE_WORKING_DAYS = 10;

/**
 * TKT-3: when a ticket WAITING_FOR_CUSTOMER with no answer is closed as NO_CUSTOMER_RESPONSE.
 *
 * "10 working days with no answer" is read as 10 *full* working days: the day the ticket started
 * waiting is partial and does not count, and the customer has the whole 10th working day to answer.
 * So the result is 24:00 Moscow (= 00:00 of the next calendar day) at the end of the 10th working
 * day after the Moscow day of waitingSince. This errs towards the customer and, being a day
 * boundary, gives the same answer whatever the time of day the wait began.
 */
export function autoCloseAt(
  calendar: ProductionCalendar,
  waitingSince: Date,
  workingDays: number = AUTO_CLOSE_WORKING_DAYS,
): Date {
  if (!Number.isInteger(workingDays) || workingDays < 1) {
    throw new RangeError(`workingDays must be a positive integer, got ${workingDays}`);
  }
  return instantAt(calendar.addWorkingDays(moscowDateOf(waitingSince), workingDays), 24 * 60);
}
