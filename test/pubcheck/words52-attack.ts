/**
 * words52's attacker of a title's count of two lines' patients counted once (`union52`): the oracle (apart from the
 * engine) given the union as a reader knows it — each line's cells split into patients with it alone and with both
 * (hidden rows 「X1」 = the first line's alone, 「X2」 the second's, 「X3」 both: each line the sum of its part and X3, the
 * union X1 + X2 + X3, published at the named column or, the whole lines named, as its total): so the union is at
 * least each line and at most their sum, as the title says. Whether it recovers a count of a passed case (pinned, or
 * bounded under 10) that it does not recover from the table alone (the same cells hidden, no title). Hidden counts may
 * be 0 in both runs (the split's parts are 0 where no patient has both). `k` is any checkout's (words52-measure.ts).
 */
import { attack } from './oracle.ts';
import { checkerIn, solver } from './helpers.ts';
import type { Case52 } from './words52-families.ts';

const highs = await solver();
type Checker = Awaited<ReturnType<typeof checkerIn>>;

export const runWith = (k: Checker, text: string, mipSeconds = 0.2) =>
  k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds });

export function recoversUnion(k: Checker, c: Case52): boolean {
  const r = runWith(k, c.text);
  if (!r.ok) return false;
  const tr = r.tables[0]!;
  if (tr.suppression?.passed === false) return false;
  const K = c.cols.length;
  const L = c.shown.length;
  const sumOf = (l: (string | number)[]) => (l.slice(1) as number[]).reduce((a, b) => a + b, 0);
  const truthOf = (rows: (string | number)[][]) =>
    `${['', ...c.cols, '合計'].join('\t')}\n${rows.map((l) => [...l, sumOf(l)].join('\t')).join('\n')}\n`;
  const C = tr.table.cols.length;
  const hidden = new Set<string>();
  tr.status.forEach((s, id) => {
    const [row, col] = [Math.floor(id / C), id % C];
    if (s !== 'published' && row < L && col < K) hidden.add(`0:${row}:${col}`);
  });
  for (let i = 0; i < L; i++) hidden.add(`0:${i}:${K}`);
  const alone = attack(highs, truthOf(c.shown), hidden, { zeroExempt: false });
  const [i, j] = c.pair;
  const at = (r: number, k: number) => c.lines[r]![k + 1] as number;
  const x1 = ['X1', ...c.cols.map((_, k) => at(i, k) - c.overlap[k]!)];
  const x2 = ['X2', ...c.cols.map((_, k) => at(j, k) - c.overlap[k]!)];
  const x3 = ['X3', ...c.cols.map((_, k) => c.overlap[k]!)];
  const u = ['X4', ...c.cols.map((_, k) => at(i, k) + at(j, k) - c.overlap[k]!)];
  const withTitle = new Set(hidden);
  for (let e = L; e < L + 4; e++) for (let k = 0; k <= K; k++) withTitle.add(`0:${e}:${k}`);
  if (c.col === null) withTitle.delete(`0:${L + 3}:${K}`);
  else withTitle.delete(`0:${L + 3}:${c.col}`);
  const found = (g: { lo: number; hi: number | null } | undefined) => g !== undefined && g.hi !== null && (g.hi <= g.lo || g.hi < 10);
  const ranges = attack(highs, truthOf([...c.shown, x1, x2, x3, u]), withTitle, { zeroExempt: false });
  return [...ranges].some(([id, g]) => {
    const [, row, col] = id.split(':').map(Number);
    return row! < L && col! < K && found(g) && !found(alone.get(id));
  });
}
