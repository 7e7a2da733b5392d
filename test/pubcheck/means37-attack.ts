/**
 * means37: the independent oracle (oracle.ts, `ratios: true`) attacking what the checker publishes of a table with a
 * line of ratios (read.ts `setAsideMeans`, `Table.rates` with `ratio`): the table as read with its ratio line written
 * last, each ratio hidden where the report hides it; a printed ratio r of a over b is then (r − h)·b ≤ a ≤ (r + h)·b.
 * No hidden count may be pinned, nor a count under the threshold shown to be under it. As attack36's `meanAttack`.
 */
import type { Highs } from 'highs';
import { attack } from './oracle.ts';

interface ReadTable {
  table: {
    rows: { label: string }[];
    cols: { label: string }[];
    cells: { text: string }[][];
    rates?: { axis: 'rows' | 'cols'; label: string; ratio?: true; cells: { at: number; text: string }[] }[];
  };
  status: string[];
}

export function ratioAttack(highs: Highs, t: ReadTable, hiddenRatio: (k: number, j: number) => boolean, threshold = 10): string[] {
  const { table, status } = t;
  const rates = table.rates ?? [];
  const k = rates.findIndex((r) => r.ratio);
  if (k < 0) return ['no line of ratios read'];
  const m = rates[k]!;
  const C = table.cols.length;
  const R = table.rows.length;
  const text = (s: string) => s.replace(/(\d)\s*[人例名件]/g, '$1');
  const lines = [
    ['', ...table.cols.map((h) => h.label), ...(m.axis === 'cols' ? [m.label] : [])],
    ...table.rows.map((h, i) => [
      h.label,
      ...table.cells[i]!.map((c) => text(c.text)),
      ...(m.axis === 'cols' ? [m.cells.find((c) => c.at === i)?.text ?? ''] : []),
    ]),
    ...(m.axis === 'rows' ? [[m.label, ...table.cols.map((_, j) => m.cells.find((c) => c.at === j)?.text ?? '')]] : []),
  ];
  const hidden = new Set<string>();
  const small = new Set<string>();
  status.forEach((s, id) => {
    const key = `0:${Math.floor(id / C)}:${id % C}`;
    if (s !== 'published') hidden.add(key);
    if (s === 'primary') small.add(key);
  });
  m.cells.forEach((c, j) => {
    if (hiddenRatio(k, j)) hidden.add(m.axis === 'cols' ? `0:${c.at}:${C}` : `0:${R}:${c.at}`);
  });
  const ranges = attack(highs, lines.map((l) => l.join('\t')).join('\n'), hidden, { zeroExempt: true, ratios: true });
  const out: string[] = [];
  for (const [key, r] of ranges) {
    if (r.hi !== null && r.hi <= r.lo) out.push(`${key} pinned to ${r.lo}`);
    if (small.has(key) && (r.hi ?? Infinity) < threshold) out.push(`${key} shown under ${threshold} (≤ ${r.hi})`);
  }
  return out;
}
