/**
 * Bounds on what the dashboard keeps in memory: every list and map it grows from chain data goes
 * through these, so a long-running dashboard's memory stays flat (docs/dashboard.md, "Bounds").
 */

/** Appends `item` and drops the oldest entries beyond `max`. */
export function pushBounded<T>(list: T[], item: T, max: number): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}

/** Drops the oldest keys of `record` (its insertion order) beyond `max`. */
export function trimRecord<T>(record: Record<string, T>, max: number): void {
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length - max; i++) delete record[keys[i]!];
}
