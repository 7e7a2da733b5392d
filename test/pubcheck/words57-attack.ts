/**
 * words57's attacker of a numbered note's count (`numbered57`), apart from the engine: a HiGHS MIP over the table as
 * the generator made it — every cell a whole count ≥ 0, the published ones fixed, a 合計 row the sum of the lines above,
 * a title's N the sum of all — given what the note truly says: where its count is the small line's sum or one of its
 * cells (`truth`), that sum equals it (a reader who knows what the note counts). A leak: a hidden count under 10 (or
 * one value) that the note gives back and the table alone does not.
 */
import { solver } from './helpers.ts';
import type { checkerIn } from './helpers.ts';
import { optimum, runWith } from './words53-attack.ts';
import type { Con } from './words53-attack.ts';
import type { Case57 } from './words57-families.ts';

const highs = await solver();
type Checker = Awaited<ReturnType<typeof checkerIn>>;

function ranges(c: Case57, hidden: ReadonlySet<number>, withNote: boolean): { lo: number; hi: number }[] {
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
  if (c.kind === 'n') {
    const all = Array.from({ length: c.lines }, (_, r) => c.cols.map((_, k): [number, number] => [id(r, k), 1])).flat();
    const total = all.reduce((s, [v]) => s + (c.shown[Math.floor(v / K)]![(v % K) + 1] as number), 0);
    cons.push({ terms: all, lo: total, hi: total });
  }
  if (withNote && c.truth.length > 0) cons.push({ terms: c.truth.map(([r, k]): [number, number] => [id(r, k), 1]), lo: c.n, hi: c.n });
  return [...hidden].map((v) => ({ lo: optimum(highs, lower, upper, cons, v, 'min')!, hi: optimum(highs, lower, upper, cons, v, 'max')! }));
}

/** 'refused', 'failed' (protection), 'leaked' (the note gives back a hidden count under 10), or 'safe'. */
export function attack57(k: Checker, c: Case57): { outcome: 'refused' | 'failed' | 'leaked' | 'safe'; hidden: number; codes: string } {
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
  if (hidden.size === 0 || c.truth.length === 0) return { outcome: 'safe', hidden: hidden.size, codes: '' };
  const truth = [...hidden].map((v) => c.shown[Math.floor(v / K)]![(v % K) + 1] as number);
  const found = (g: { lo: number; hi: number }, i: number) => (g.hi <= g.lo || g.hi < 10) && g.lo <= truth[i]! && truth[i]! <= g.hi;
  const alone = ranges(c, hidden, false);
  const noted = ranges(c, hidden, true);
  const leaked = noted.some((g, i) => found(g, i) && !found(alone[i]!, i));
  return { outcome: leaked ? 'leaked' : 'safe', hidden: hidden.size, codes: '' };
}
