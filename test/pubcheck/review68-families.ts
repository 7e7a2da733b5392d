/**
 * review68 families (issue #11, seeds 5550–5559): the oracle over redh64's `crossBase` (a rate column 「死亡率（%）」 of
 * 「42%」 or a bare 「57.3」 beside 表1's counts, 表2 「登録」「除外」「解析対象」), every case the checker reads attacked
 * as formats-measure.ts `--oracle` does. On eb81e31d the oracle threw on every read case whose rate was published
 * (「colLower[3] must be a number」, then 「oracle cannot read cell "57.3"」); now none throws.
 * `npx node test/pubcheck/review68-families.ts [n] [first seed] [last seed]` (`ROOT=<tree>` for another checker; the
 * oracle is this tree's: copy the file into another checkout to measure its oracle).
 */
import { leaks, withoutHiddenRates } from './formats33-attack.ts';
import { checkerOfRoot } from './helpers.ts';
import { attack } from './oracle.ts';
import { hiddenKeys } from './protection.ts';
import { crossBase } from './redh64-families.ts';

/** Per kind (`cross`, `innocent`): runs, refused, read, leaked (formats33-attack), attacked, threw, pinned or shown small. */
export async function measure(n: number, from: number, to: number): Promise<Map<string, number[]>> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<string, number[]>();
  for (let seed = from; seed <= to; seed++)
    for (const innocent of [false, true])
      for (const c of crossBase(n, seed, innocent)) {
        const kind = innocent ? 'innocent' : 'cross';
        const x = tally.get(kind) ?? [0, 0, 0, 0, 0, 0, 0];
        tally.set(kind, x);
        x[0]!++;
        const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 });
        if (!r.ok) {
          x[1]!++;
          continue;
        }
        x[2]!++;
        if (r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) continue;
        if (leaks(r, c).length > 0) x[3]!++;
        const { hidden, small } = hiddenKeys(r);
        x[4]!++;
        try {
          const bad = [...attack(highs, withoutHiddenRates(r, c.joined), hidden, { zeroExempt: true, disjointParts: true })].filter(
            ([k, y]) => !(y.hi === null || y.hi > y.lo) || (small.has(k) && (y.hi ?? Infinity) < 10),
          );
          if (bad.length > 0) x[6]!++;
        } catch {
          x[5]!++;
        }
      }
  return tally;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 20);
  const from = Number(process.argv[3] ?? 5550);
  const to = Number(process.argv[4] ?? from);
  for (const [kind, [runs, refused, read, leaked, attacked, threw, pinned]] of await measure(n, from, to))
    console.log(kind.padEnd(10), JSON.stringify({ runs, refused, read, leaked, attacked, threw, pinned }));
}
