/**
 * words48's attacker of a title stating the sum of several lines (`unnamed48`, `english48`): words46's (`recoversSum`)
 * for a set of any size — taking the sum of the title's lines as known (a row of their cells, hidden, whose total is
 * published), whether the oracle recovers a count of a passed case (pinned, or bounded under 10) that it does not
 * recover from the table alone (the same cells hidden, no title). `check` is any checkout's (words48-measure.ts).
 */
import { attack } from './oracle.ts';
import { checkerIn, solver } from './helpers.ts';
import type { Case48 } from './words48-families.ts';

const highs = await solver();
type Checker = Awaited<ReturnType<typeof checkerIn>>;

export const runWith = (k: Checker, text: string, mipSeconds = 0.2) =>
  k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds });

/**
 * Whether another set of the table's lines adds up to the title's lines at every position (two lines equal cell by
 * cell, 「Transfusion」 1 3 4 beside 「Withdrawal」 1 3 4): the oracle takes every equality of the true counts, so it reads
 * the title's row as that set's too — which the title, a sum over the table, does not say (the oracle's over-reading).
 */
export function coincides(c: Case48): boolean {
  const items = c.lines.map((_, i) => i).filter((i) => c.lines[i]![0] !== '合計' && c.lines[i]![0] !== 'Total');
  const at = (set: number[], k: number) => set.reduce((s, i) => s + (c.lines[i]![k + 1] as number), 0);
  const key = (set: number[]) => c.cols.map((_, k) => at(set, k)).join(',');
  const want = key(c.subset);
  const mine = [...c.subset].sort().join(',');
  for (let mask = 1; mask < 1 << items.length; mask++) {
    const set = items.filter((_, b) => mask & (1 << b));
    if (set.join(',') !== mine && key(set) === want) return true;
  }
  return false;
}

export function recoversSubset(k: Checker, c: Case48): boolean {
  const r = runWith(k, c.text);
  if (!r.ok) return false;
  const tr = r.tables[0]!;
  if (tr.suppression?.passed === false) return false;
  const K = c.cols.length;
  const sumOf = (l: (string | number)[]) => (l.slice(1) as number[]).reduce((a, b) => a + b, 0);
  const extra = ['題名の和', ...c.cols.map((_, k) => c.subset.reduce((s, i) => s + (c.lines[i]![k + 1] as number), 0))];
  const truthOf = (rows: (string | number)[][]) =>
    `${['', ...c.cols, '合計'].join('\t')}\n${rows.map((l) => [...l, sumOf(l)].join('\t')).join('\n')}\n`;
  const C = tr.table.cols.length;
  const hidden = new Set(tr.status.flatMap((s, id) => (s === 'published' ? [] : [`0:${Math.floor(id / C)}:${id % C}`])));
  for (let i = 0; i < c.lines.length; i++) hidden.add(`0:${i}:${K}`);
  for (let k = 0; k < K; k++) hidden.add(`0:${c.lines.length}:${k}`);
  const found = (g: { lo: number; hi: number | null } | undefined) => g !== undefined && g.hi !== null && (g.hi <= g.lo || g.hi < 10);
  const alone = attack(highs, truthOf(c.lines), new Set([...hidden].filter((id) => !id.startsWith(`0:${c.lines.length}:`))), {
    zeroExempt: true,
  });
  const ranges = attack(highs, truthOf([...c.lines, extra]), hidden, { zeroExempt: true });
  return [...ranges].some(([id, g]) => {
    const [, row, col] = id.split(':').map(Number);
    return row! < c.lines.length && col! < K && found(g) && !found(alone.get(id));
  });
}
