/** denom32: what denom32-measure.ts and denom32.test.ts count. */
/** Whether two lines of ours named 値なし print the same counts (one count said twice in the report). */
export function missingRepeated(r: {
  tables: { table: { rows: { label: string; rest?: boolean }[]; cells: { value: { kind: string; n?: number } }[][] } }[];
}): boolean {
  const t = r.tables[0]!.table;
  const seen = new Set<string>();
  for (const [i, h] of t.rows.entries()) {
    if (!h.rest || !h.label.startsWith('値なし')) continue;
    const key = t.cells[i]!.map((c) => (c.value.kind === 'count' ? c.value.n : '?')).join(',');
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
