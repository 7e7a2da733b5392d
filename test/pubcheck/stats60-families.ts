/**
 * stats60 (issue #11): 「範囲（%）」 whose N is borrowed from a count table that is NOT the range's population. stats55's
 * `pctCases` and stats57's `rangeRowCases` with no N written (`-non`), P the range's population (its count table, 合計
 * the N of each year), Q another population printing a total at the same year labels:
 * - `double-before`: 表1 Q (every hospital's count doubled, 「年別延べ患者数」), 表2 the range, 表3 P. a9147354 took
 *   表1's total for N (a total before wins): every end a whole count of 2N, read — the ends published as counts of Q,
 *   while a reader of 表3 takes P's N and turns each end back into P's smallest or largest count;
 * - `sex-before`: 表1 Q doubled, 表2 the range, 表3 P by sex (性別 × year, its 合計 P's N, no hospital line): the ends
 *   turned back with 表3's N are P's hospitals' counts, printed nowhere;
 * - `double-after`: 表1 the range, 表2 Q doubled, 表3 P (a9147354: two totals after, refused);
 * - `other-before`: 表1 P, 表2 the range, 表3 another population over the same hospitals (each +3–22, 「外来」): the
 *   ends fit P's lines, not 表3's — read on both trees (the N proved);
 * - `other-after`: stats59's `two` — 表1 the range, 表2 P, 表3 another population over the same hospitals.
 * Attacked with the truth: stats57's `rangeEitherAttack` (stats52's brute force over P's table, the ends published as P's
 * counts) where P's hospitals are printed; `sex-before` by the ends themselves (an end published whose count of P's N,
 * printed in 表3, is under 10).
 * `npx node test/pubcheck/stats60-families.ts [seeds]` (`ROOT=<tree>`), seeds 4280,4281, `COUNT` a seed (50).
 */
import type { Checked, Reported } from './stats39-families.ts';
import type { RangeCase } from './stats50-families.ts';
import { attackInOrder, measureRanges, otherPopulation, rangePairs } from './stats59-families.ts';
import { shownIn } from './fills.ts';

export type Wrong60 = 'double-before' | 'sex-before' | 'double-after' | 'other-before' | 'other-after';
export interface WrongCase extends RangeCase {
  /** The range table's and P's count table's numbers (1-based); `sex`: P's table is by sex (no hospital line). */
  rangeAt: number;
  countAt: number;
  sex?: true;
}

const lines = (t: string) => t.trim().split('\n');
/** Q: P's table with every count doubled, under another title. */
function doubled(counts: string, n: number): string {
  const [, head, ...rows] = lines(counts);
  const twice = (r: string) =>
    [
      r.split(',')[0],
      ...r
        .split(',')
        .slice(1)
        .map((v) => 2 * Number(v)),
    ].join(',');
  return [`# 表${n} 年別延べ患者数`, head, ...rows.map(twice)].join('\n');
}
/** P by sex: 性別 × year, 男性 a random part of each year's N, 合計 the N. */
function bySex(c: RangeCase, n: number, next: () => number): string {
  const ns = c.years.map((_, j) => c.counts.reduce((s, r) => s + r[j]!, 0));
  const men = ns.map((v) => Math.floor(v * (0.3 + 0.4 * next())));
  return [
    `# 表${n} 性別入院患者数`,
    ['性別', ...c.years].join(','),
    ['男性', ...men].join(','),
    ['女性', ...ns.map((v, j) => v - men[j]!)].join(','),
    ['合計', ...ns].join(','),
  ].join('\n');
}

export function wrongCases(count: number, seed: number): WrongCase[] {
  const forms: Wrong60[] = ['double-before', 'sex-before', 'double-after', 'other-before', 'other-after'];
  return rangePairs(count, seed, (c, counts, range, axis, next) => {
    const form = forms[Math.floor(next() * forms.length)]!;
    const rangeAs = (n: number) => range.replace(/^# 表2 /, `# 表${n} `);
    const pAs = (n: number) => counts.trim().replace(/^# 表1 /, `# 表${n} `);
    const parts =
      form === 'double-before'
        ? [doubled(counts, 1), rangeAs(2), pAs(3)]
        : form === 'sex-before'
          ? [doubled(counts, 1), rangeAs(2), bySex(c, 3, next)]
          : form === 'double-after'
            ? [rangeAs(1), doubled(counts, 2), pAs(3)]
            : form === 'other-before'
              ? [pAs(1), rangeAs(2), otherPopulation(counts, next)]
              : [rangeAs(1), pAs(2), otherPopulation(counts, next)];
    const rangeAt = form === 'double-before' || form === 'sex-before' || form === 'other-before' ? 2 : 1;
    const countAt = form === 'other-before' ? 1 : form === 'other-after' ? 2 : 3;
    return {
      ...c,
      family: `${form}-${axis}`,
      text: `${parts.map((p) => p.trim()).join('\n\n')}\n`,
      rangeAt,
      countAt,
      ...(form === 'sex-before' ? { sex: true as const } : {}),
    };
  });
}

/** The truth's attack: P's table and the range (stats57's brute force), or for `sex` the ends turned back with P's N. */
export function wrongAttack(c: WrongCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const byNumber = (n: number) => r.tables!.find((t) => (t.table as { number?: number }).number === n)!;
  const range = byNumber(c.rangeAt);
  const split = [...range.table.cols, ...range.table.rows].some((h) => h.label === '最小');
  if (!split) return [];
  if (c.sex) {
    const at = shownIn(range, undefined, c.text);
    const said = (yr: string, end: string) => {
      try {
        return at(yr, end);
      } catch {
        return at(end, yr);
      }
    };
    const nShown = shownIn(byNumber(c.countAt), report, c.text);
    return c.years.flatMap((yr, j) =>
      (
        [
          ['最小', c.lo[j]!],
          ['最大', c.hi[j]!],
        ] as const
      ).flatMap(([end, v]) => (v < 10 && said(yr, end) && nShown('合計', yr) ? [`${yr}・${end}=${v}`] : [])),
    );
  }
  return attackInOrder(c, r, report, c.countAt, c.rangeAt);
}

if (import.meta.url === `file://${process.argv[1]}`)
  await measureRanges(wrongCases, wrongAttack, process.argv[2] ?? '4280,4281', Number(process.env.COUNT ?? 50), 18);
