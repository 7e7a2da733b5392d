/**
 * words59's attacker of cells written with a note's mark (`marked59`), apart from the engine: a reader takes 「2※1」 as
 * the count 2 (the mark a note's), so a published marked cell of 1–9 is a count shown; and a HiGHS MIP over the table
 * as the generator made it (every cell a whole count ≥ 0, the published ones fixed at their true counts, a 合計 row
 * the sum of the lines above, a title's N the sum of all) pins a hidden count under 10 or to one value. Either is a
 * leak. Also a marked cell read as another count than its own (「2¹」 as 21) is a leak ('misread').
 */
import { solver } from './helpers.ts';
import type { checkerIn } from './helpers.ts';
import { optimum, runWith } from './words53-attack.ts';
import type { Con } from './words53-attack.ts';
import type { Case59 } from './words59-families.ts';

const highs = await solver();
type Checker = Awaited<ReturnType<typeof checkerIn>>;

function ranges(c: Case59, hidden: ReadonlySet<number>): { lo: number; hi: number }[] {
  const K = c.cols.length;
  const S = c.shown.length;
  const id = (r: number, k: number) => r * K + k;
  const lower: number[] = [];
  const upper: number[] = [];
  for (let r = 0; r < S; r++)
    for (let k = 0; k < K; k++) {
      const v = c.shown[r]![k + 1] as number;
      lower.push(hidden.has(id(r, k)) ? 0 : v);
      upper.push(hidden.has(id(r, k)) ? Infinity : v);
    }
  const cons: Con[] = [];
  if (S > c.lines)
    for (let k = 0; k < K; k++)
      cons.push({
        terms: [[id(c.lines, k), 1], ...Array.from({ length: c.lines }, (_, r): [number, number] => [id(r, k), -1])],
        lo: 0,
        hi: 0,
      });
  if (c.n !== undefined) {
    const all = Array.from({ length: c.lines }, (_, r) => c.cols.map((_, k): [number, number] => [id(r, k), 1])).flat();
    cons.push({ terms: all, lo: c.n, hi: c.n });
  }
  return [...hidden].map((v) => ({ lo: optimum(highs, lower, upper, cons, v, 'min')!, hi: optimum(highs, lower, upper, cons, v, 'max')! }));
}

export function attack59(
  k: Checker,
  c: Case59,
): { outcome: 'refused' | 'failed' | 'leaked' | 'safe'; hidden: number; codes: string; why?: string } {
  const r = runWith(k, c.text);
  if (!r.ok) return { outcome: 'refused', hidden: 0, codes: [...new Set(r.errors.map((e) => e.code))].sort().join('+') };
  const tr = r.tables[0]!;
  const C = tr.table.cols.length;
  const K = c.cols.length;
  const hidden = new Set<number>();
  tr.status.forEach((s, id) => {
    const [row, col] = [Math.floor(id / C), id % C];
    if (s !== 'published' && row < c.shown.length && col < K) hidden.add(row * K + col);
  });
  if (tr.suppression?.passed === false) return { outcome: 'failed', hidden: hidden.size, codes: '' };
  // Each marked cell read as its own count (the value without the mark), else a misreading.
  for (const m of c.marked) {
    const cell = tr.table.cells[m.r]?.[m.k];
    const own = c.shown[m.r]![m.k + 1] as number;
    if (!cell || cell.value.kind !== 'count' || cell.value.n !== own)
      return { outcome: 'leaked', hidden: hidden.size, codes: '', why: `misread ${m.text}` };
  }
  const truth = (v: number) => c.shown[Math.floor(v / K)]![(v % K) + 1] as number;
  for (let v = 0; v < c.shown.length * K; v++)
    if (!hidden.has(v) && truth(v) > 0 && truth(v) < 10)
      return { outcome: 'leaked', hidden: hidden.size, codes: '', why: `shown ${truth(v)}` };
  const got = ranges(c, hidden);
  const ids = [...hidden];
  const pinned = got.findIndex(
    (g, i) => (g.hi <= g.lo || g.hi < 10) && g.lo <= truth(ids[i]!) && truth(ids[i]!) <= g.hi && truth(ids[i]!) > 0,
  );
  if (pinned >= 0) return { outcome: 'leaked', hidden: hidden.size, codes: '', why: `pinned ${truth(ids[pinned]!)}` };
  return { outcome: 'safe', hidden: hidden.size, codes: '' };
}
