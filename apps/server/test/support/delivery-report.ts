/** What one subscriber received of the versions (from, to]: the numbers a fault test prints and asserts. */
export interface DeliveryReport {
  readonly missing: number;
  readonly duplicated: number;
  readonly reordered: number;
}

export function deliveryReport(received: readonly number[], from: number, to: number): DeliveryReport {
  const inRange = received.filter((version) => version > from && version <= to);
  const distinct = new Set(inRange);
  let reordered = 0;
  for (let i = 1; i < inRange.length; i += 1) if (inRange[i]! < inRange[i - 1]!) reordered += 1;
  return { missing: to - from - distinct.size, duplicated: inRange.length - distinct.size, reordered };
}

/** The one-line summary a fault test prints for the closing note (#16). */
export function summarize(fault: string, facts: Record<string, unknown>, reports: readonly DeliveryReport[]): string {
  const sum = (key: keyof DeliveryReport) => reports.map((report) => report[key]).join('/');
  const extra = Object.entries(facts)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');
  return `[fault] ${fault}: ${extra}; per subscriber missing ${sum('missing')}, duplicated ${sum('duplicated')}, reordered ${sum('reordered')}`;
}
