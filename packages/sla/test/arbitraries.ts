import fc from 'fast-check';
import type { ServicePeriods } from '../src/index.js';

/** Any instant of 2025–2027, the years the calendar ships. */
export const instant = fc.date({ min: new Date('2025-01-01T00:00:00+03:00'), max: new Date('2027-12-31T23:59:59.999+03:00'), noInvalidDate: true });

/** One to four periods a day, in order, with breaks between them. */
export const periods: fc.Arbitrary<ServicePeriods> = fc
  .uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 2, maxLength: 8 })
  .filter((points) => points.length % 2 === 0)
  .map((points) => [...points].sort((a, b) => a - b))
  .map((sorted) => {
    const result: { opensAtMinute: number; closesAtMinute: number }[] = [];
    for (let i = 0; i < sorted.length; i += 2) result.push({ opensAtMinute: sorted[i]!, closesAtMinute: sorted[i + 1]! });
    return result;
  })
  // Apart: a break between one period's closing and the next opening.
  .filter((ps) => ps.every((p, i) => i === 0 || p.opensAtMinute > ps[i - 1]!.closesAtMinute));
