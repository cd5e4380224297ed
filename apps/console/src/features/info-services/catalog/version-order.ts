/** "8.0.565" after "8.0.500", "10.1" after "9.9": versions compared number by number, newest first when sorted with it. */
export function compareVersionsDesc(a: string, b: string): number {
  const left = a.split(/[.\s-]+/);
  const right = b.split(/[.\s-]+/);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && Number.isFinite(nx) && Number.isFinite(ny)) return ny - nx;
    return y.localeCompare(x, 'ru', { numeric: true });
  }
  return 0;
}

/** Items grouped by version, the newest version first, each group in the order given. */
export function groupByVersion<T>(items: readonly T[], versionOf: (item: T) => string): { version: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const version = versionOf(item);
    const group = groups.get(version);
    if (group) group.push(item);
    else groups.set(version, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => compareVersionsDesc(a, b)).map(([version, grouped]) => ({ version, items: grouped }));
}
