/**
 * words55's attacker of a title's union over groups that overlap (`union55`), apart from the engine and from the
 * oracle: a HiGHS MIP over the table as the generator made it — every cell a whole count ≥ 0, the shown ones fixed, a
 * 合計 row the sum of the lines above — given the title as a reader can know it. Readings:
 * - 'overlap': the patients counted once are at least each named line's whole count (true by construction: every
 *   line's sum is at most the title's number) and at most all their cells' sum — every fact a reader has where a
 *   patient may sit in two groups;
 * - 'apart': words53's reading (a whole count per group from its largest line to their sum, adding up to the title's
 *   number), false here: a reader who takes it anyway, where the hidden cells let it hold, narrows them — counted a
 *   leak only where the range it gives holds the true count and is under 10 (or one value).
 * Whether a count under 10 of a passed case is recovered that the table alone does not give.
 */
import { solver } from './helpers.ts';
import type { checkerIn } from './helpers.ts';
import { optimum, runWith } from './words53-attack.ts';
import type { Con } from './words53-attack.ts';
import type { Case53 } from './words53-families.ts';

const highs = await solver();
type Checker = Awaited<ReturnType<typeof checkerIn>>;

export type Reading = 'none' | 'overlap' | 'apart';

/** Each hidden count's whole range under a reading; undefined where the reading admits no table. */
export function ranges55(c: Case53, hidden: ReadonlySet<number>, reading: Reading): { lo: number; hi: number }[] | undefined {
  const K = c.cols.length;
  const L = c.lines.length;
  const S = c.shown.length;
  const value = (r: number, k: number) => c.shown[r]![k + 1] as number;
  const id = (r: number, k: number) => r * K + k;
  const lower: number[] = [];
  const upper: number[] = [];
  for (let r = 0; r < S; r++)
    for (let k = 0; k < K; k++) {
      const hid = hidden.has(id(r, k));
      lower.push(hid ? 0 : value(r, k));
      upper.push(hid ? Infinity : value(r, k));
    }
  const cons: Con[] = [];
  if (S > L)
    for (let k = 0; k < K; k++)
      cons.push({ terms: [[id(L, k), 1], ...Array.from({ length: L }, (_, r): [number, number] => [id(r, k), -1])], lo: 0, hi: 0 });
  const all = c.pair.flatMap((r) => c.cols.map((_, k): [number, number] => [id(r, k), 1]));
  if (reading === 'overlap') {
    cons.push({ terms: all, lo: c.union, hi: Infinity });
    for (const r of c.pair) cons.push({ terms: c.cols.map((_, k): [number, number] => [id(r, k), 1]), lo: -Infinity, hi: c.union });
  }
  if (reading === 'apart') {
    const u = c.cols.map((_, k) => {
      lower.push(0);
      upper.push(Infinity);
      const v = lower.length - 1;
      for (const r of c.pair)
        cons.push({
          terms: [
            [v, 1],
            [id(r, k), -1],
          ],
          lo: 0,
          hi: Infinity,
        });
      cons.push({ terms: [[v, 1], ...c.pair.map((r): [number, number] => [id(r, k), -1])], lo: -Infinity, hi: 0 });
      return v;
    });
    cons.push({ terms: u.map((v): [number, number] => [v, 1]), lo: c.union, hi: c.union });
  }
  const out: { lo: number; hi: number }[] = [];
  for (const v of hidden) {
    const lo = optimum(highs, lower, upper, cons, v, 'min');
    const hi = optimum(highs, lower, upper, cons, v, 'max');
    if (lo === undefined || hi === undefined) return undefined;
    out.push({ lo, hi });
  }
  return out;
}

/** The cells hidden of a passed case (ids row × K + col of `shown`), or undefined where refused or failed. */
export function hiddenOf(k: Checker, c: Case53): Set<number> | undefined {
  const r = runWith(k, c.text);
  if (!r.ok) return undefined;
  const tr = r.tables[0]!;
  if (tr.suppression?.passed === false) return undefined;
  const K = c.cols.length;
  const C = tr.table.cols.length;
  const hidden = new Set<number>();
  tr.status.forEach((s, id) => {
    const [row, col] = [Math.floor(id / C), id % C];
    if (s !== 'published' && row < c.shown.length && col < K) hidden.add(row * K + col);
  });
  return hidden;
}

/** The readings under which the title gives back a count under 10 of a passed case that the table alone does not. */
export function recovers55(k: Checker, c: Case53): Reading[] {
  const hidden = hiddenOf(k, c);
  if (!hidden || hidden.size === 0) return [];
  const K = c.cols.length;
  const truth = [...hidden].map((v) => c.shown[Math.floor(v / K)]![(v % K) + 1] as number);
  const found = (g: { lo: number; hi: number }, i: number) => (g.hi <= g.lo || g.hi < 10) && g.lo <= truth[i]! && truth[i]! <= g.hi;
  const alone = ranges55(c, hidden, 'none')!;
  return (['overlap', 'apart'] as const).filter((reading) => {
    const g = ranges55(c, hidden, reading);
    return g !== undefined && g.some((x, i) => found(x, i) && !found(alone[i]!, i));
  });
}
