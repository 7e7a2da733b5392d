/**
 * rates70 (issue #11, seeds 5675–5684): a share line 「死亡率（%）」 set aside by rates66/rates69 (over the 合計 or the
 * lines' sum, fitting that base less a small line too) was hidden at every position where ANY count of its position
 * was hidden — also where its rounding interval (「42」 = [41.5, 42.5)) bounds the base, and so a hidden count, to a
 * range no narrower than the suppression already allows. Now (check.ts `lineShareRows`, `meansShown`) the share is
 * published beside a hidden count where its rows under every reading (the base, the base less any set of the other
 * lines) leave every hidden count protected in the audit; else hidden as before.
 *
 * Kinds (attack: the share over the sum less the small last line; `innocent*`: over the sum itself):
 * - `wide` / `innocentWide`: rates69's no-合計 table with small counts (event 10–40, others 10–60, a small last line
 *   1–9, sometimes a second small line), 0 decimals: wide intervals, many shares beside hidden counts.
 * - `smallEvent` / `innocentSmallEvent`: the event itself small (1–9) at some groups (hidden with its share or not).
 * - and, measured with these seeds: rates69's `subgroup`/`draw`/`many` (no 合計) and redd62's `subgroupRates` (with
 *   a 合計 line, rates66's reading) and their innocents.
 * Judged by formats33-attack.ts `leaks` (an interval attack over every printed number with its true meaning, the share
 * a share of `b:i` — its own rounding interval — and the sums) and, with --oracle, the oracle over the joined text.
 * Prints per kind: read, refused, leaked, hidden cells, shares printed, hidden, published beside a hidden count.
 *
 *   npx node test/pubcheck/rates70-families.ts <kind> [count] [seed] [--oracle]
 *
 * Seeds: wide 5675, innocentWide 5676, smallEvent 5677, innocentSmallEvent 5678, rates69/redd62 kinds 5679
 * (innocents 5680); tests 5681–5684.
 */
import { checkEach, int, lcg, pick, solver } from './helpers.ts';
import type { Joined } from './formats35-families.ts';
import { drawNoTotal, noTotal } from './rates69-families.ts';
import { subgroupRates } from './redd62-families.ts';
import { leaks, ratesShown, withoutHiddenRates } from './formats33-attack.ts';

const GROUPS = [
  ['A群', 'B群'],
  ['男性', '女性'],
  ['65歳未満', '65-74歳', '75歳以上'],
  ['Stage I', 'Stage II', 'Stage III', 'Stage IV'],
];
const OUTCOMES: [string[], string][] = [
  [['死亡', '生存', '追跡不能'], '死亡率（%）'],
  [['奏効', '非奏効', '評価不能'], '奏効率（%）'],
  [['再発', '無再発', '転院'], '再発率（%）'],
  [['死亡', '生存', '転院', '追跡不能'], '死亡率（%）'],
  [['死亡', '生存', '転院', '転科', '追跡不能'], '死亡率（%）'],
];

export type Kind = 'wide' | 'smallEvent';

/** The class of rates70 (`innocent`: the share over the lines' sum), of one kind: rates69's no-合計 table, small counts. */
export function wideShares(n: number, seed: number, kind: Kind, innocent = false): Joined[] {
  const next = lcg(seed ^ (kind === 'wide' ? 0x7070 : 0x7071));
  const out: Joined[] = [];
  while (out.length < n) {
    const groups = pick(next, GROUPS);
    const [outcomes, rateLabel] = pick(next, OUTCOMES);
    const J = outcomes.length;
    // A second small line now and then (more hidden counts beside the share).
    const second = J > 3 && next() < 0.4 ? int(next, 1, J - 2) : -1;
    const c = groups.map(() =>
      outcomes.map((_, j) => {
        if (j === J - 1 || j === second) return int(next, 1, 9);
        if (j === 0) return kind === 'smallEvent' && next() < 0.5 ? int(next, 1, 9) : int(next, 10, 40);
        return int(next, 10, 60);
      }),
    );
    const dec = next() < 0.85 ? 0 : 1;
    const mark = next() < 0.4;
    const table = drawNoTotal(next, { groups, outcomes, rateLabel, c, dec, mark, innocent }, kind);
    if (table) out.push(table);
  }
  return out;
}

export const KINDS: Record<string, { cases: (n: number, seed: number) => Joined[]; seed: number }> = {
  wide: { cases: (n, s) => wideShares(n, s, 'wide'), seed: 5675 },
  innocentWide: { cases: (n, s) => wideShares(n, s, 'wide', true), seed: 5676 },
  smallEvent: { cases: (n, s) => wideShares(n, s, 'smallEvent'), seed: 5677 },
  innocentSmallEvent: { cases: (n, s) => wideShares(n, s, 'smallEvent', true), seed: 5678 },
  subgroup69: { cases: (n, s) => noTotal(n, s, 'subgroup'), seed: 5679 },
  innocent69: { cases: (n, s) => noTotal(n, s, 'subgroup', true), seed: 5680 },
  draw69: { cases: (n, s) => noTotal(n, s, 'draw'), seed: 5679 },
  innocentDraw69: { cases: (n, s) => noTotal(n, s, 'draw', true), seed: 5680 },
  many69: { cases: (n, s) => noTotal(n, s, 'many'), seed: 5679 },
  innocentMany69: { cases: (n, s) => noTotal(n, s, 'many', true), seed: 5680 },
  subgroup62: { cases: (n, s) => subgroupRates(n, s), seed: 5679 },
  innocent62: { cases: (n, s) => subgroupRates(n, s, true), seed: 5680 },
};

/** The shares of a read result: printed, hidden, published beside a hidden count (check.ts `shown`). */
export function shareCounts(
  r: { tables: readonly { table: { rates?: readonly { lineShare?: true; cells: readonly { shown?: true }[] }[] } }[] },
  shown: Map<string, boolean[]>,
) {
  const all = [...shown.values()].flat();
  const beside = r.tables.flatMap((t) =>
    (t.table.rates ?? []).filter((x) => x.lineShare).flatMap((x) => x.cells.filter((c) => c.shown)),
  ).length;
  return { printed: all.length, hidden: all.filter((x) => !x).length, beside };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const kind = KINDS[args[0] ?? ''];
  if (!kind) throw new Error(`kind: ${Object.keys(KINDS).join('|')}`);
  const n = Number(args[1] ?? 100);
  const seed = Number(args[2] ?? kind.seed);
  const highs = await solver();
  const { attack } = await import('./oracle.ts');
  const { hiddenKeys } = await import('./protection.ts');
  let [leaked, cells, hidden, printed, sharesHidden, beside, oracle] = [0, 0, 0, 0, 0, 0, 0];
  const { read, refused, codes } = await checkEach(kind.cases(n, seed), (r, c, q) => {
    const l = leaks(r, c);
    if (l.length > 0) {
      leaked++;
      console.log('leak', seed, q, JSON.stringify(l));
    }
    const st = r.tables.flatMap((t) => t.status);
    cells += st.length;
    hidden += st.filter((s) => s !== 'published').length;
    const s = shareCounts(r, ratesShown(r));
    printed += s.printed;
    sharesHidden += s.hidden;
    beside += s.beside;
    if (process.argv.includes('--oracle')) {
      const { hidden: keys, small } = hiddenKeys(r);
      const bad = [...attack(highs, withoutHiddenRates(r, c.joined), keys, { zeroExempt: true, disjointParts: true })].filter(
        ([k, x]) => !(x.hi === null || x.hi > x.lo) || (small.has(k) && (x.hi ?? Infinity) < 10),
      );
      if (bad.length > 0) {
        oracle++;
        console.log('oracle', seed, q, bad.map(([k, x]) => `${k} ${x.lo}-${x.hi}`).join(' '));
      }
    }
  });
  console.log(
    `${args[0]} n ${n} seed ${seed}: read ${read} refused ${refused} leaked ${leaked} cells ${cells} hidden ${hidden} shares ${printed} shares hidden ${sharesHidden} published beside a hidden count ${beside}` +
      (process.argv.includes('--oracle') ? ` oracle pinned ${oracle}` : '') +
      codes,
  );
}
