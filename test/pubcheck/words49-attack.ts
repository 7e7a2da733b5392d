/**
 * words49's attacker of a title's count naming a column or a row (`column49`): words48's (`recoversSubset`) for the
 * cells of one line — taking the title's sum of the named line's cells as known (a row of the subset's sums, hidden
 * but at the named column, published there), whether the oracle recovers a count of a passed case (pinned, or bounded
 * under 10) that it does not recover from the table alone (the same cells hidden, no title). A row named is attacked
 * transposed (its cells a column). `k` is any checkout's checker (words49-measure.ts).
 */
import { attack } from './oracle.ts';
import { checkerIn, solver } from './helpers.ts';
import type { Case49 } from './words49-families.ts';

const highs = await solver();
type Checker = Awaited<ReturnType<typeof checkerIn>>;

export const runWith = (k: Checker, text: string, mipSeconds = 0.2) =>
  k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds });

export function recoversCells(k: Checker, c: Case49): boolean {
  const r = runWith(k, c.text);
  if (!r.ok) return false;
  const tr = r.tables[0]!;
  if (tr.suppression?.passed === false) return false;
  const flip = c.named.axis === 'rows';
  // The named line as a column: lines × columns (transposed where a row is named).
  const lines: (string | number)[][] = flip ? c.cols.map((name, k) => [name, ...c.lines.map((l) => l[k + 1]!)]) : c.lines;
  const cols: string[] = flip ? c.lines.map((l) => l[0] as string) : c.cols;
  const K = cols.length;
  const at = c.named.i;
  const sumOf = (l: (string | number)[]) => (l.slice(1) as number[]).reduce((a, b) => a + b, 0);
  const extra = ['題名の和', ...cols.map((_, k) => c.subset.reduce((s, i) => s + (lines[i]![k + 1] as number), 0))];
  const truthOf = (rows: (string | number)[][]) =>
    `${['', ...cols, '合計'].join('\t')}\n${rows.map((l) => [...l, sumOf(l)].join('\t')).join('\n')}\n`;
  const C = tr.table.cols.length;
  const hidden = new Set<string>();
  tr.status.forEach((s, id) => {
    const [row, col] = [Math.floor(id / C), id % C];
    if (s === 'published' || row >= c.lines.length || col >= c.cols.length) return;
    hidden.add(flip ? `0:${col}:${row}` : `0:${row}:${col}`);
  });
  for (let i = 0; i < lines.length; i++) hidden.add(`0:${i}:${K}`);
  const alone = attack(highs, truthOf(lines), hidden, { zeroExempt: true });
  const withTitle = new Set(hidden);
  for (let k = 0; k <= K; k++) if (k !== at) withTitle.add(`0:${lines.length}:${k}`);
  const found = (g: { lo: number; hi: number | null } | undefined) => g !== undefined && g.hi !== null && (g.hi <= g.lo || g.hi < 10);
  const ranges = attack(highs, truthOf([...lines, extra]), withTitle, { zeroExempt: true });
  return [...ranges].some(([id, g]) => {
    const [, row, col] = id.split(':').map(Number);
    return row! < lines.length && col! < K && found(g) && !found(alone.get(id));
  });
}
