type Messages = Readonly<Record<string, unknown>>;
type Merged<T extends readonly Messages[]> = T extends readonly [infer Head, ...infer Rest extends readonly Messages[]] ? Head & Merged<Rest> : unknown;

/**
 * One message tree from the shared layer's and each feature's own locale file.
 * Every top-level namespace (`queue`, `ticket`, `form`, …) has one owner: a
 * namespace defined twice would silently lose one side's texts, so it throws.
 */
export function mergeMessages<T extends readonly Messages[]>(...parts: T): Merged<T> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [namespace, messages] of Object.entries(part)) {
      if (namespace in merged) throw new Error(`messages "${namespace}" are defined twice`);
      merged[namespace] = messages;
    }
  }
  return merged as Merged<T>;
}
