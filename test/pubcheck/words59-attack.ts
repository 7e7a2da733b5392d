/**
 * words59's attacker of cells written with a note's mark (`marked59`), apart from the engine: a reader takes 「2※1」 as
 * the count 2 (the mark a note's), so a published marked cell of 1–9 is a count shown; and a HiGHS MIP over the table
 * as the generator made it (every cell a whole count ≥ 0, the published ones fixed at their true counts, a 合計 row
 * the sum of the lines above, a title's N the sum of all) pins a hidden count under 10 or to one value. Either is a
 * leak. Also a marked cell read as another count than its own (「2¹」 as 21) is a leak ('misread').
 */
import type { checkerIn } from './helpers.ts';
import { hiddenOf, shownRanges } from './words53-attack.ts';
import type { Case59 } from './words59-families.ts';

type Checker = Awaited<ReturnType<typeof checkerIn>>;

export function attack59(
  k: Checker,
  c: Case59,
): { outcome: 'refused' | 'failed' | 'leaked' | 'safe'; hidden: number; codes: string; why?: string } {
  const h = hiddenOf(k, c);
  if ('refused' in h) return { outcome: 'refused', hidden: 0, codes: h.refused };
  if ('failed' in h) return { outcome: 'failed', hidden: h.failed.size, codes: '' };
  const { hidden } = h;
  const tr = h.table.tables[0]!;
  const K = c.cols.length;
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
  const got = shownRanges(c, hidden, c.n);
  const ids = [...hidden];
  const pinned = got.findIndex(
    (g, i) => (g.hi <= g.lo || g.hi < 10) && g.lo <= truth(ids[i]!) && truth(ids[i]!) <= g.hi && truth(ids[i]!) > 0,
  );
  if (pinned >= 0) return { outcome: 'leaked', hidden: hidden.size, codes: '', why: `pinned ${truth(ids[pinned]!)}` };
  return { outcome: 'safe', hidden: hidden.size, codes: '' };
}
