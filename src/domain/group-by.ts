// Rows grouped by a key in one pass, in their order: for looking up each
// record's rows without scanning all of them per record. Pure.
export function groupBy<T, K>(rows: Iterable<T>, keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Rows grouped under each of their keys in one pass, in their order: an inverted index (a row's words → its rows). */
export function groupByEach<T, K>(rows: Iterable<T>, keysOf: (row: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    for (const key of keysOf(row)) {
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
  }
  return groups;
}
